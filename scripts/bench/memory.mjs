/**
 * memory: the JS heap after a cold load (taken in the interaction session, after a forced GC) and its
 * growth over 20 mounts and unmounts of the real map component (the remount harness page,
 * tests/harness/, built by scripts/build-harness.mjs), plus every console message about WebGL
 * contexts piling up or being lost.
 */
import { heapMb, openBrowser, WEBGL_WARNING } from './browser.mjs'
import { round } from './stats.mjs'

export async function measureRemounts(url, { cycles = 20, warmup = 2 } = {}) {
  const b = await openBrowser()
  try {
    await b.page.goto(url)
    await b.page.waitForFunction(() => window.__remount !== undefined, null, { timeout: 60_000 })
    const cycle = () =>
      b.page.evaluate(async () => {
        await window.__remount.mount()
        await window.__remount.unmount()
      })
    for (let i = 0; i < warmup; i++) await cycle()
    const before = await heapMb(b.context, b.page)
    const t0 = Date.now()
    for (let i = 0; i < cycles; i++) await cycle()
    const cycleMs = (Date.now() - t0) / cycles
    const after = await heapMb(b.context, b.page)
    const leftovers = await b.page.evaluate(() => ({
      canvases: document.querySelectorAll('canvas').length,
      markers: document.querySelectorAll('.maplibregl-marker').length,
    }))
    const warnings = b.console.filter((l) => WEBGL_WARNING.test(l))
    return {
      heap_mb_before: round(before, 2),
      heap_mb_after: round(after, 2),
      heap_growth_mb_20_remounts: round(after - before, 2),
      webgl_context_warnings: warnings.length,
      warning_samples: [...new Set(warnings)].slice(0, 5),
      cycles,
      cycle_ms: round(cycleMs),
      leftovers,
      other_console: [...new Set(b.console.filter((l) => !WEBGL_WARNING.test(l)))].slice(0, 10),
    }
  } finally {
    await b.close()
  }
}
