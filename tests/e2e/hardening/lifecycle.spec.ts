/**
 * Issue item 6: mounting and unmounting the map 20 times leaves nothing behind: no "too many active
 * WebGL contexts" warnings, no listeners on window or document, and no removed map still held alive
 * (a store subscription or listener that was never removed would keep its map, and its canvas).
 *
 * Uses the benchmark's remount harness (tests/harness/), a page of its own that the explorer's build
 * never contains: built here with the project's Vite config and served beside the app.
 */
import { dirname } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { buildHarness } from '../../../scripts/build-harness.mjs'
import type { RemountControl } from '../../harness/remount'
import { eventListenerCounts, liveMapCanvases } from '../../support/page-probes'
import { expect, test } from '../fixtures'

type HarnessWindow = Window & { __remount?: RemountControl }

let harness: PreviewServer
let harnessUrl: string

test.beforeAll(async () => {
  // Building takes a few seconds; the default hook timeout is for loading a page.
  test.setTimeout(120_000)
  const dir = await buildHarness()
  // Port 0: any free port on 127.0.0.1, so parallel checkouts never collide.
  harness = await preview({
    configFile: false,
    // Vite wants the served folder below the root, not the root itself.
    root: dirname(dir),
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  })
  const url = harness.resolvedUrls?.local[0]
  if (!url) throw new Error('the remount harness server has no local address')
  harnessUrl = url
})

test.afterAll(async () => {
  await harness?.close()
})

const CYCLES = 20
/** What Chromium says when pages keep creating WebGL contexts without releasing them. */
const WEBGL_WARNING = /too many active webgl contexts|oldest context will be lost|context lost/i

test('20 mounts and unmounts of the map leave no contexts, listeners or maps behind', async ({
  explorer,
}) => {
  // About five seconds a cycle on two cores with software WebGL.
  test.setTimeout(360_000)
  const page = explorer.page
  const warnings: string[] = []
  page.on('console', (m) => {
    if (WEBGL_WARNING.test(m.text())) warnings.push(m.text())
  })
  await page.goto(harnessUrl)
  await page.waitForFunction(() => (window as HarnessWindow).__remount !== undefined)
  const cdp = await page.context().newCDPSession(page)
  const cycle = () =>
    page.evaluate(async () => {
      const harness = (window as HarnessWindow).__remount!
      await harness.mount()
      await harness.unmount()
    })

  // One cycle first: MapLibre sets up a few page-wide things once (e.g. its worker pool), not per map.
  await cycle()
  const listenersBefore = await eventListenerCounts(cdp)
  const mapsBefore = await liveMapCanvases(cdp)
  for (let i = 0; i < CYCLES; i++) await cycle()
  const listenersAfter = await eventListenerCounts(cdp)
  const mapsAfter = await liveMapCanvases(cdp)

  expect(await page.evaluate(() => (window as HarnessWindow).__remount!.mounts())).toBe(CYCLES + 1)
  expect(warnings, 'WebGL context warnings').toEqual([])
  expect(listenersAfter, 'listeners on window and document').toEqual(listenersBefore)
  // At most the last map, briefly held by React's bookkeeping; never one per mount.
  expect(mapsAfter, 'removed maps still alive').toBeLessThanOrEqual(Math.max(mapsBefore, 1))
  await expect(page.locator('.maplibregl-canvas')).toHaveCount(0)
  await expect(page.locator('.maplibregl-marker')).toHaveCount(0)

  // And a map mounted after all that works.
  await page.evaluate(() => (window as HarnessWindow).__remount!.mount())
  await expect(page.locator('[data-map-state="idle"]')).toBeVisible()
  await expect(page.locator('.place-marker')).not.toHaveCount(0)
  await cdp.detach()
})
