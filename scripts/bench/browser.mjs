/**
 * One fresh headless Chromium per measurement: the browser the tests use (tests/support/browser.ts),
 * our flags, a new profile every time so no run sees another's cache, deleted afterwards.
 */
import { rmSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { nodeModules } from './node-modules.mjs'

export const VIEWPORT = { width: 1440, height: 900 }

/**
 * The map's markers: MapLibre markers in the map column. Flow markers carry data-flow-id (their
 * names have read "Flow: …" and "MUN flow: …"); place markers are the other markers.
 */
export const FLOW_MARKER =
  '.map-column .maplibregl-marker[data-flow-id], .map-column button[aria-label^="Flow: "]'
export const PLACE_MARKER =
  '.map-column .maplibregl-marker:not([data-flow-id]):not([aria-label^="Flow: "])'

/** Messages Chromium and MapLibre print when WebGL contexts pile up or are lost. */
export const WEBGL_WARNING =
  /too many active webgl contexts|webgl context (was )?lost|context lost|CONTEXT_LOST/i

/**
 * Records, from before the page's own scripts run, when the map first reports idle with its markers
 * drawn, when the first panel becomes usable, every later idle, and long tasks. Read from window.__bench.
 */
export const pageProbe = (needsMarkers) => `(() => {
  const NEEDS_MARKERS = ${needsMarkers ? 'true' : 'false'}
  const b = (window.__bench = { idles: [], longTasks: [], shifts: [], idle: null, shown: null, panel: null })
  const ready = () => {
    const el = document.querySelector('[data-map-state="idle"]')
    if (!el) return false
    if (!NEEDS_MARKERS) return true
    // Markers on the map (not its zoom controls): at least one place and one flow.
    return document.querySelector(${JSON.stringify(PLACE_MARKER)}) !== null &&
      document.querySelector(${JSON.stringify(FLOW_MARKER)}) !== null
  }
  // Counts animation frames that ran script (MapLibre draws in requestAnimationFrame), to tell
  // "more frames" from "slower frames" when comparing the app with the floor.
  b.frames = 0
  b.framesAtIdle = null
  const raf = window.requestAnimationFrame.bind(window)
  let lastFrame = -1
  window.requestAnimationFrame = (cb) =>
    raf((ts) => {
      if (ts !== lastFrame) {
        lastFrame = ts
        b.frames++
      }
      cb(ts)
    })
  const check = (records) => {
    const now = performance.now()
    if (records) for (const r of records) {
      if (r.type === 'attributes' && r.attributeName === 'data-map-state' &&
          r.target.getAttribute('data-map-state') === 'idle') b.idles.push(now)
    }
    if (b.panel === null && document.querySelector('.filters-column input:not([disabled])')) b.panel = now
    if (b.idle === null && ready()) {
      b.idle = now
      b.framesAtIdle = b.frames
      // On screen: the second animation frame after idle runs once the browser has presented the frame
      // that follows it (under software compositing that includes reading the map's pixels back).
      raf(() => raf(() => (b.shown = performance.now())))
    }
  }
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'], attributeOldValue: true,
  })
  const describe = (n) => n && n.nodeType === 1
    ? n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).join('.') : '')
    : String(n && n.nodeName)
  b.shifts = []
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) b.shifts.push({ t: Math.round(e.startTime), value: e.value, nodes: e.sources.map((s) => describe(s.node)) })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  } catch {}
})()`

/**
 * @param {{ needsMarkers?: boolean, viewport?: {width:number,height:number} }} [opts]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, console: string[], outside: string[], requests: { path: string, start_epoch: number, end_epoch: number | null, bytes: number | null }[], close: () => Promise<void> }>}
 */
export async function openBrowser(opts = {}) {
  const { chromiumExecutable, CHROMIUM_ARGS, freshProfileDir } = await nodeModules()
  const profile = freshProfileDir()
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumExecutable(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: opts.viewport ?? VIEWPORT,
    deviceScaleFactor: 1,
    // The app's service worker precaches the whole site after the first load; a first visit is what
    // is measured, so it is kept from competing with the page for the network and the CPU.
    serviceWorkers: 'block',
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const consoleLines = []
  const outside = []
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`))
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`))
  // Watched, not intercepted: routing every request through Playwright would slow what we time.
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (!['127.0.0.1', ''].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol))
      outside.push(r.url())
  })
  // Every finished request, the map worker's too (resource timing in the page misses those).
  const requests = []
  page.on('requestfinished', async (r) => {
    const t = r.timing()
    const sizes = await r.sizes().catch(() => null)
    requests.push({
      path: new URL(r.url()).pathname,
      start_epoch: t.startTime,
      end_epoch: t.responseEnd >= 0 ? t.startTime + t.responseEnd : null,
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : null,
    })
  })
  await page.addInitScript({ content: pageProbe(Boolean(opts.needsMarkers)) })
  return {
    context,
    page,
    console: consoleLines,
    outside,
    requests,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Waits for the probe's first idle (with markers if asked) to be on screen and returns what the page recorded. */
export async function waitForFirstIdle(page, timeout = 90_000) {
  await page.waitForFunction(() => window.__bench && window.__bench.shown !== null, null, {
    timeout,
    polling: 50,
  })
  return page.evaluate(() => window.__bench)
}

/** Forces a full GC and reads the JS heap in MB. */
export async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}
