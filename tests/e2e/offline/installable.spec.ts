/**
 * Issue 13, the installable app: served from a plain static host under a sub-path, it works with the
 * network off after one visit, and a new deployment is announced with an offer to reload, never
 * mixed into the running page. Service workers are allowed here only (playwright.config.ts blocks
 * them everywhere else).
 */
import { expect, test } from '@playwright/test'
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startStaticHost } from '../../support/static-server'
import { BriefingDriver } from '../briefing-driver'
import { ExplorerDriver } from '../driver'

test.use({ serviceWorkers: 'allow' })

const DIST = resolve(import.meta.dirname, '..', '..', '..', 'dist')
/** Beside the preview server the other specs use (playwright.config.ts), so runs can share a machine. */
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1
const NEW_VERSION = '<meta name="rnk-test-deployment" content="second" />'

/** The build as deployed: a copy of dist/. */
function deployment(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rnk-deploy-'))
  cpSync(DIST, dir, { recursive: true })
  return dir
}

/**
 * The next deployment: the build with a changed page, and the service worker a build writes for it
 * (Workbox lists each file with the MD5 of its content; the page's entry changes, nothing else).
 * Made by hand from dist/ so the test needs no second build; a check below makes sure the entry
 * it rewrites is there.
 */
function nextDeployment(): string {
  const dir = deployment()
  const page = readFileSync(join(dir, 'index.html'), 'utf8').replace(
    '</head>',
    `  ${NEW_VERSION}\n  </head>`,
  )
  writeFileSync(join(dir, 'index.html'), page)
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8')
  const entry = /\{url:"index\.html",revision:"[0-9a-f]{32}"\}/
  expect(sw, 'sw.js lists index.html with its revision').toMatch(entry)
  const md5 = createHash('md5').update(page).digest('hex')
  writeFileSync(join(dir, 'sw.js'), sw.replace(entry, `{url:"index.html",revision:"${md5}"}`))
  return dir
}

test('served once, it opens offline; a new deployment is announced and taken only on reload', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  let host = await startStaticHost(deployment(), PORT, 'room')
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const outside: string[] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1' || /^(data|blob):$/.test(url.protocol)) return route.fallback()
    outside.push(url.href)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const explorer = new ExplorerDriver(page)
  const b = new BriefingDriver(explorer)

  try {
    // One visit, online. A briefing of my own is saved in this browser.
    await page.goto(host.url)
    await explorer.waitForMapIdle()
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      './manifest.webmanifest',
    )
    const state = await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active
      if (worker && worker.state !== 'activated')
        await new Promise((done) => worker.addEventListener('statechange', done))
      return worker?.state
    })
    expect(state, 'the service worker installed (everything precached) and active').toBe(
      'activated',
    )
    const shipped = JSON.parse(readFileSync(join(DIST, 'data', 'briefings.json'), 'utf8')) as {
      stops: unknown[]
    }[]
    const mine = { id: 'mine', title: 'Kept across updates', stops: shipped[0]!.stops.slice(0, 1) }
    await b.openManager()
    await b.importFile(
      'mine.briefing.json',
      JSON.stringify({ format: 'rnk-briefing', version: 1, briefing: mine }),
    )
    await expect(b.dialogStatus).toContainText('Imported “Kept across updates”')
    await page.keyboard.press('Escape')

    // Network off: the reload is served by the worker, and the explorer works. The host is stopped
    // too: Playwright's offline mode covers pages, not the service worker's own requests (its update
    // check still reached the host).
    await context.setOffline(true)
    await host.close()
    const fromWorker: string[] = []
    const notFromWorker: string[] = []
    page.on('response', (r) => (r.fromServiceWorker() ? fromWorker : notFromWorker).push(r.url()))
    await page.reload()
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 })
    await explorer.waitForMapIdle()
    expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)
    await explorer.clickPlace('Vladivostok')
    await expect(explorer.panelHeading()).toHaveText('Vladivostok')
    expect(fromWorker.some((u) => u.endsWith('/room/'))).toBe(true)
    expect(fromWorker.some((u) => /maplibre-gl-worker-[\w-]+\.mjs$/.test(u))).toBe(true)
    expect(fromWorker.some((u) => u.endsWith('/data/events.json'))).toBe(true)
    expect(
      notFromWorker.filter((u) => u.startsWith('http')),
      'answered by the network',
    ).toEqual([])

    // Online again, and a new version is deployed: the open page says so and keeps running the
    // version it started with until the person reloads.
    await context.setOffline(false)
    host = await startStaticHost(nextDeployment(), PORT, 'room')
    await page.reload()
    await explorer.waitForMapIdle()
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the explorer' })
    await expect(notice).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('meta[name="rnk-test-deployment"]')).toHaveCount(0)
    await notice.getByRole('button', { name: 'Reload now' }).click()
    await expect(page.locator('meta[name="rnk-test-deployment"]')).toHaveCount(1, {
      timeout: 30_000,
    })
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 })
    await explorer.waitForMapIdle()
    await expect(page.getByText('A new version of the explorer')).toHaveCount(0)

    // The update left my briefing as it was.
    await b.openManager()
    expect(await b.briefingTitles()).toContain('Kept across updates')

    expect(outside, 'requests that tried to leave 127.0.0.1').toEqual([])
    expect(errors, 'uncaught errors in the page').toEqual([])
  } finally {
    await context.close()
    await host.close()
  }
})
