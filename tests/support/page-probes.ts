/**
 * Observations of a real page that the hardening tests share: Content-Security-Policy violations, the
 * event listeners on window and document, the MapLibre canvases still alive after garbage collection,
 * and how far two pictures of the map differ. Each is observable from outside the app (DOM events, the
 * DevTools protocol, pixels), so the tests do not reach into MapLibre's or the app's internals.
 */
import type { CDPSession, Page } from '@playwright/test'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

/** Records every securitypolicyviolation from the first byte of each document the page loads. */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      )
    })
  })
  return () => page.evaluate(() => window.__cspViolations ?? [])
}

/** Listener counts by target and type ("window:resize": 1), read through the DevTools protocol. */
export async function eventListenerCounts(cdp: CDPSession): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target })
    if (!result.objectId) throw new Error(`no remote object for ${target}`)
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId,
    })
    for (const l of listeners) {
      const key = `${target}:${l.type}`
      counts[key] = (counts[key] ?? 0) + 1
    }
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId })
  }
  return counts
}

/**
 * MapLibre canvases still alive after a full garbage collection, in the page or detached from it. A
 * map that something still holds (a store subscription, a window listener, a timer) keeps its canvas
 * alive, so this counts the maps left behind.
 */
export async function liveMapCanvases(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const { result: proto } = await cdp.send('Runtime.evaluate', {
    expression: 'HTMLCanvasElement.prototype',
  })
  if (!proto.objectId) throw new Error('no HTMLCanvasElement.prototype')
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId })
  if (!objects.objectId) throw new Error('queryObjects returned nothing')
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration:
      'function () { return this.filter((c) => c.classList.contains("maplibregl-canvas")).length }',
    returnByValue: true,
  })
  // The array queryObjects returns holds every canvas: release it, or it is the leak being measured.
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId })
  await cdp.send('Runtime.releaseObject', { objectId: proto.objectId })
  return result.value as number
}

/**
 * The share of pixels (0..1) that differ clearly (by more than `threshold` in any channel) between two
 * PNGs of the same size, decoded in the page. Two pictures of the same view, drawn at different times,
 * differ by little more than antialiasing.
 */
export async function pixelDifference(
  page: Page,
  a: Buffer,
  b: Buffer,
  threshold = 48,
): Promise<number> {
  return page.evaluate(
    async ({ a, b, threshold }) => {
      const decode = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')
        if (!ctx) throw new Error('no 2d context')
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height)
      }
      const [x, y] = await Promise.all([decode(a), decode(b)])
      if (x.width !== y.width || x.height !== y.height) return 1
      let differing = 0
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          Math.abs(x.data[i]! - y.data[i]!) > threshold ||
          Math.abs(x.data[i + 1]! - y.data[i + 1]!) > threshold ||
          Math.abs(x.data[i + 2]! - y.data[i + 2]!) > threshold
        )
          differing++
      }
      return differing / (x.width * x.height)
    },
    { a: a.toString('base64'), b: b.toString('base64'), threshold },
  )
}

/**
 * How many distinct colours a PNG has (sampled), in a region or the whole picture, decoded in the page:
 * a drawn map has dozens, a blank or single-colour canvas one or two.
 */
export async function pngColourCount(
  page: Page,
  png: Buffer,
  region?: { x: number; y: number; w: number; h: number },
): Promise<number> {
  return page.evaluate(
    async ({ b64, r }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const ctx = c.getContext('2d')
      if (!ctx) return 0
      ctx.drawImage(img, 0, 0)
      const { x, y, w, h } = r ?? { x: 0, y: 0, w: c.width, h: c.height }
      const d = ctx.getImageData(x, y, w, h).data
      const colours = new Set<number>()
      // Every 29th pixel: enough to tell a map from a blank, cheap on a 1920x1080 picture.
      for (let i = 0; i < d.length; i += 4 * 29)
        colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!)
      return colours.size
    },
    { b64: png.toString('base64'), r: region ?? null },
  )
}
