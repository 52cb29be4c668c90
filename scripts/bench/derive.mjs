/**
 * derive.ms_100k: computeVisible (src/lib/visibility.ts, bundled as shipped) over 100,000 generated
 * events and their flows, in Node. Several realistic filter states; the figure is the slowest state's
 * median, after warm-up (the app recomputes on every filter change, so steady state is what counts).
 */
import { generateDataset } from '../generate-large-dataset.mjs'
import { buildIndex, computeVisibleIndexed, count } from './derive-prototype.mjs'
import { nodeModules } from './node-modules.mjs'

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export async function measureDerive({ events = 100_000, flows = 20_000, runs = 11 } = {}) {
  const { computeVisible, yearSpan, DEFAULT_FILTERS, FLOW_KINDS, CONFIDENCE } = await nodeModules()
  const data = generateDataset({ events, flows, places: 500, seed: 7 })
  const stateOf = new Map(data.actors.map((a) => [a.id, a.state ?? a.id]))
  const input = { events: data.events, flows: data.flows, stateOf }
  const scenarios = {
    default: DEFAULT_FILTERS,
    years_1990_2010: { ...DEFAULT_FILTERS, years: [1990, 2010] },
    actor_russia: { ...DEFAULT_FILTERS, actors: ['russia'] },
    kinds_munitions_no_undated: {
      ...DEFAULT_FILTERS,
      flowKinds: [FLOW_KINDS[0]],
      includeUndated: false,
    },
    combined: {
      ...DEFAULT_FILTERS,
      years: [2000, 2023],
      actors: ['north-korea', 'putin'],
      confidence: ['stated', 'reported'],
    },
  }
  const result = {}
  for (const [name, filters] of Object.entries(scenarios)) {
    for (let i = 0; i < 5; i++) computeVisible(input, filters)
    const times = []
    let visible
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      visible = computeVisible(input, filters)
      times.push(performance.now() - t0)
    }
    result[name] = {
      ms_median: median(times),
      events_visible: visible.events.size,
      flows_visible: visible.flows.size,
    }
  }
  const worst = Math.max(...Object.values(result).map((r) => r.ms_median))

  // Where the time goes, and what an index built once per dataset would reach (derive-prototype.mjs).
  const timeIt = (fn) => {
    for (let i = 0; i < 3; i++) fn()
    const t = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      fn()
      t.push(performance.now() - t0)
    }
    return median(t)
  }
  const breakdown = {
    year_span_parsing_ms: timeIt(() => data.events.forEach((e) => yearSpan(e.when))),
    set_of_all_event_ids_ms: timeIt(() => new Set(data.events.map((e) => e.id))),
  }
  const t0 = performance.now()
  const index = buildIndex(input, CONFIDENCE)
  computeVisibleIndexed(index, DEFAULT_FILTERS, CONFIDENCE, FLOW_KINDS)
  breakdown.prototype_index_build_ms_once = performance.now() - t0
  const prototype = {}
  for (const [name, filters] of Object.entries(scenarios)) {
    const v = computeVisibleIndexed(index, filters, CONFIDENCE, FLOW_KINDS)
    const same =
      count(v.events) === result[name].events_visible &&
      count(v.flows) === result[name].flows_visible
    if (!same) throw new Error(`derive prototype disagrees with computeVisible for "${name}"`)
    prototype[name] = timeIt(() => computeVisibleIndexed(index, filters, CONFIDENCE, FLOW_KINDS))
  }
  breakdown.prototype_indexed_ms_worst = Math.max(...Object.values(prototype))
  breakdown.prototype_indexed_ms = prototype
  return {
    ms_100k: worst,
    events: data.events.length,
    flows: data.flows.length,
    scenarios: result,
    breakdown,
  }
}
