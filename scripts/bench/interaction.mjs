/**
 * interaction: from a filter change to the map drawn and idle again. The bench drives the UI as a
 * person would: it clicks the "Munitions" flow-kind checkbox in the filters column (on, off, on, …).
 * Timed inside the page: from just before the click (the click runs the store update, React and the
 * map's listeners synchronously) to the next `data-map-state="idle"` the map reports. The map marks
 * itself "loading" on every store change, so that idle means "this change is drawn".
 */
import { FLOW_MARKER, heapMb, openBrowser, waitForFirstIdle } from './browser.mjs'
import { median, quantile, round } from './stats.mjs'

/** In the page: one click and the time to the idle that follows it. */
function clickAndTime([label, flowMarker]) {
  const lab = [...document.querySelectorAll('.filters-column label')].find(
    (l) => l.textContent.trim() === label,
  )
  const input = lab?.control
  if (!input) throw new Error(`no "${label}" checkbox in .filters-column`)
  const b = window.__bench
  const seen = b.idles.length
  const framesBefore = b.frames
  const hiddenBefore = document.querySelectorAll(
    flowMarker
      .split(',')
      .map((x) => `${x}[hidden]`)
      .join(','),
  ).length
  return new Promise((resolve) => {
    const t0 = performance.now()
    input.click()
    const start = performance.now()
    const poll = () => {
      const idle = b.idles.slice(seen).find((t) => t >= t0)
      if (idle !== undefined) {
        const hiddenAfter = document.querySelectorAll(
          flowMarker
            .split(',')
            .map((x) => `${x}[hidden]`)
            .join(','),
        ).length
        return resolve({
          ms: idle - t0,
          frames: b.frames - framesBefore,
          sync_ms: start - t0,
          checked: input.checked,
          flowsHiddenChange: hiddenAfter - hiddenBefore,
        })
      }
      if (performance.now() - t0 > 20_000) return resolve({ ms: Infinity, timedOut: true })
      setTimeout(poll, 2)
    }
    poll()
  })
}

export async function measureInteraction(
  url,
  { runs = 21, warmup = 3, label = 'Munitions', withHeap = false } = {},
) {
  const b = await openBrowser({ needsMarkers: true })
  try {
    const t0 = Date.now()
    await b.page.goto(url, { waitUntil: 'commit' })
    const probe = await waitForFirstIdle(b.page, 180_000)
    const loadMs = probe.idle
    const heap = withHeap ? await heapMb(b.context, b.page) : null
    const counts = await b.page.evaluate(
      (flowMarker) => ({
        markers: document.querySelectorAll('.map-column .maplibregl-marker').length,
        flowMarkers: document.querySelectorAll(flowMarker).length,
        domNodes: document.getElementsByTagName('*').length,
        canvas: (() => {
          const r = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect()
          return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null
        })(),
      }),
      FLOW_MARKER,
    )
    const results = []
    let stalledAfter = null
    for (let i = 0; i < warmup + runs; i++) {
      const r = await b.page.evaluate(clickAndTime, [label, FLOW_MARKER])
      if (i >= warmup || r.timedOut) results.push(r)
      // A map that has not settled in 20 s has stalled (seen with 2,000 flows: no frames at all while
      // the GPU process stays busy for minutes); more clicks would only measure the stall.
      if (r.timedOut) {
        stalledAfter = i + 1
        break
      }
    }
    // A change that never reached idle counts as infinitely slow, not as missing.
    const ms = results.map((r) => r.ms)
    const med = median(ms)
    return {
      filter_to_idle_ms: Number.isFinite(med) ? round(med, 1) : null,
      timeouts: results.filter((r) => r.timedOut).length,
      completed_median_ms: round(median(ms.filter(Number.isFinite)), 1),
      stalled_after_changes: stalledAfter,
      p90_ms: round(quantile(ms, 0.9), 1),
      sync_ms_median: round(median(results.map((r) => r.sync_ms)), 1),
      frames_median: median(results.map((r) => r.frames ?? NaN)),
      runs: results.length,
      all_ms: ms.map((x) => (Number.isFinite(x) ? round(x, 1) : null)),
      flows_hidden_change: [...new Set(results.map((r) => r.flowsHiddenChange))],
      load_idle_ms: round(loadMs),
      heap_mb_after_load: heap === null ? null : round(heap, 1),
      ...counts,
      wall_s: round((Date.now() - t0) / 1000, 1),
      warnings: [...new Set(b.console.filter((l) => /^(warning|error|pageerror)/.test(l)))],
    }
  } finally {
    await b.close()
  }
}

/**
 * The same kind of change on the floor page, for scale: how long bare MapLibre with the same basemap
 * takes from a change to its next `idle` on this machine. `repaint` asks for one redraw and nothing
 * else; `paint` changes a paint property of the borders line layer (redrawn without new tiles, as a
 * feature-state or paint-expression change would be); `filter` toggles a filter on that layer, which
 * sends its tiles back through the worker, as the app's setFilter on its flow lines does.
 */
export async function measureFloorChanges(url, { runs = 21, warmup = 3 } = {}) {
  const b = await openBrowser()
  try {
    await b.page.goto(url, { waitUntil: 'commit' })
    await waitForFirstIdle(b.page)
    const time = (kind) =>
      b.page.evaluate(
        (kind) =>
          new Promise((resolve) => {
            const map = window.__floorMap
            const t0 = performance.now()
            map.once('idle', () => resolve(performance.now() - t0))
            if (kind === 'repaint') map.triggerRepaint()
            else if (kind === 'paint') {
              // No transition: the app's emphasis would not fade either when it cares about speed.
              map.setPaintProperty('basemap-borders', 'line-opacity-transition', { duration: 0 })
              const o = map.getPaintProperty('basemap-borders', 'line-opacity')
              map.setPaintProperty('basemap-borders', 'line-opacity', o === 0.5 ? 1 : 0.5)
            } else {
              const on = map.getFilter('basemap-borders')
              map.setFilter('basemap-borders', on ? null : ['!=', ['get', 'name'], 'none'])
            }
          }),
        kind,
      )
    const out = {}
    for (const kind of ['repaint', 'paint', 'filter']) {
      const ms = []
      for (let i = 0; i < warmup + runs; i++) {
        const t = await time(kind)
        if (i >= warmup) ms.push(t)
      }
      out[`${kind}_to_idle_ms`] = round(median(ms), 1)
      out[`${kind}_all_ms`] = ms.map((x) => round(x, 1))
    }
    return out
  } finally {
    await b.close()
  }
}
