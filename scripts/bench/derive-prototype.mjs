/**
 * Not the app's code: a sketch of the same derivation over an index built once per dataset, to show
 * what `derive.ms_100k` could reach. Year spans, confidence and actors become typed arrays at load,
 * and the result is one byte per event, flow and place instead of Sets of id strings. The benchmark
 * checks that it selects exactly what computeVisible selects before timing it.
 */
const yearOf = (s) => Number(s.slice(0, 4))

function intern(list) {
  const map = new Map()
  for (const x of list) if (!map.has(x)) map.set(x, map.size)
  return map
}

export function buildIndex(data, CONFIDENCE) {
  const conf = new Map(CONFIDENCE.map((c, i) => [c, i]))
  const actorIdx = intern([...data.stateOf.keys(), ...data.stateOf.values()])
  const stateIdx = new Int32Array(actorIdx.size).fill(-1)
  for (const [a, s] of data.stateOf) stateIdx[actorIdx.get(a)] = actorIdx.get(s)
  const placeIdx = intern([
    ...data.events.flatMap((e) => e.places),
    ...data.flows.flatMap((f) => [f.from, f.to, ...(f.via ?? [])]),
  ])
  const columns = (items, actorsOf, placesOf, kindOf) => {
    const n = items.length
    const lo = new Int16Array(n)
    const hi = new Int16Array(n)
    const cf = new Uint8Array(n)
    const kind = new Uint8Array(n)
    const aStart = new Uint32Array(n + 1)
    const pStart = new Uint32Array(n + 1)
    const actors = []
    const places = []
    items.forEach((it, i) => {
      const w = it.when
      if (w.kind === 'undated') lo[i] = hi[i] = -1
      else {
        lo[i] = yearOf(w.kind === 'point' ? w.date : w.from)
        hi[i] = yearOf(w.kind === 'point' ? w.date : w.to)
      }
      cf[i] = conf.get(it.confidence)
      kind[i] = kindOf(it)
      aStart[i] = actors.length
      for (const a of actorsOf(it)) actors.push(actorIdx.get(a) ?? -1)
      pStart[i] = places.length
      for (const p of placesOf(it)) places.push(placeIdx.get(p))
    })
    aStart[n] = actors.length
    pStart[n] = places.length
    return {
      n,
      lo,
      hi,
      cf,
      kind,
      aStart,
      actors: Int32Array.from(actors),
      pStart,
      places: Uint32Array.from(places),
    }
  }
  return {
    actorIdx,
    stateIdx,
    placeCount: placeIdx.size,
    events: columns(
      data.events,
      (e) => e.actors,
      (e) => e.places,
      () => 0,
    ),
    flows: null,
    flowColumns: (FLOW_KINDS) => {
      const kinds = new Map(FLOW_KINDS.map((k, i) => [k, i]))
      return columns(
        data.flows,
        (f) => [f.fromActor, f.toActor],
        (f) => [f.from, f.to, ...(f.via ?? [])],
        (f) => kinds.get(f.kind),
      )
    },
  }
}

export function computeVisibleIndexed(index, filters, CONFIDENCE, FLOW_KINDS) {
  const [y0, y1] = filters.years
  const undated = filters.includeUndated
  let confMask = 0
  for (const c of filters.confidence) confMask |= 1 << CONFIDENCE.indexOf(c)
  let kindMask = 0
  for (const k of filters.flowKinds) kindMask |= 1 << FLOW_KINDS.indexOf(k)
  let chosen = null
  if (filters.actors.length) {
    chosen = new Uint8Array(index.stateIdx.length)
    for (const a of filters.actors) {
      const i = index.actorIdx.get(a)
      if (i !== undefined) chosen[i] = 1
    }
  }
  const places = new Uint8Array(index.placeCount)
  const run = (c, useKinds) => {
    const out = new Uint8Array(c.n)
    for (let i = 0; i < c.n; i++) {
      if (!((confMask >> c.cf[i]) & 1)) continue
      if (useKinds && !((kindMask >> c.kind[i]) & 1)) continue
      if (c.lo[i] < 0 ? !undated : c.lo[i] > y1 || c.hi[i] < y0) continue
      if (chosen) {
        let hit = false
        for (let j = c.aStart[i]; j < c.aStart[i + 1] && !hit; j++) {
          const a = c.actors[j]
          hit =
            a >= 0 &&
            (chosen[a] === 1 || (index.stateIdx[a] >= 0 && chosen[index.stateIdx[a]] === 1))
        }
        if (!hit) continue
      }
      out[i] = 1
      for (let j = c.pStart[i]; j < c.pStart[i + 1]; j++) places[c.places[j]] = 1
    }
    return out
  }
  index.flows ??= index.flowColumns(FLOW_KINDS)
  return { events: run(index.events, false), flows: run(index.flows, true), places }
}

export const count = (bytes) => bytes.reduce((n, b) => n + b, 0)
