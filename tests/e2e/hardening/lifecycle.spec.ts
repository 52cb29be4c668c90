/**
 * Issue item 6: mounting and unmounting the map 20 times leaves nothing behind: no "too many active
 * WebGL contexts" warnings, no listeners on window or document, and no removed map still held alive
 * (a store subscription or listener that was never removed would keep its map, and its canvas).
 *
 * Uses the benchmark's remount harness (src/bench/remount.tsx), which the built app loads, as its own
 * chunk, only with `?harness=remount` (src/main.tsx).
 */
import { eventListenerCounts, liveMapCanvases } from '../../support/page-probes'
import { expect, test } from '../fixtures'

interface RemountControl {
  mount: () => Promise<void>
  unmount: () => Promise<void>
  mounts: () => number
}
type HarnessWindow = Window & { __remount?: RemountControl }

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
  await page.goto('./?harness=remount')
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
