#!/usr/bin/env node
/**
 * Writes a large, valid dataset in the app's schema (src/data/schema.ts) for the benchmark: by default
 * 10,000 events and 2,000 flows over the article's real actors and places plus generated places.
 * Deterministic (seeded), so every run measures the same data.
 *
 *   node scripts/generate-large-dataset.mjs <out-dir> [--events 10000] [--flows 2000] [--places 200] [--seed 1]
 *
 * The output is five files named like data/*.json; the benchmark swaps them into a copy of dist/data/,
 * so they load through exactly the same fetch, validation and cross-check path as the real data.
 * `generateDataset()` is also used in-memory by the derive benchmark (100,000 events).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')

// Kept in step with src/data/schema.ts (the benchmark validates the output with the app's own parser).
const EVENT_KINDS = ['visit', 'statement', 'proposal', 'transfer', 'turning-point', 'assessment']
const FLOW_KINDS = [
  'munitions',
  'weapons-tech',
  'technology',
  'food-fuel',
  'aid',
  'labour',
  'infrastructure',
  'ties',
]
const FLOW_STATUSES = ['historical', 'ongoing', 'happened', 'reported', 'sought', 'never-built']
/** A flow's tag is a few words: a short list, taken in turn so the random sequence is as before. */
const TAGS = ['Generated', 'Gen. goods', 'Gen. cargo', 'Gen. tie']
const CONFIDENCE = ['stated', 'reported', 'assessed', 'claimed']
const YEAR_MIN = 1948
const YEAR_MAX = 2023

/** mulberry32: small, fast and good enough to spread test data. */
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function readRealData(dir = join(ROOT, 'data')) {
  const read = (name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'))
  return {
    source: read('source'),
    actors: read('actors'),
    places: read('places'),
    events: read('events'),
    flows: read('flows'),
  }
}

const pad = (n, w) => String(n).padStart(w, '0')

/**
 * @param {{ events?: number, flows?: number, places?: number, seed?: number, real?: ReturnType<typeof readRealData> }} opts
 */
export function generateDataset(opts = {}) {
  const { events: nEvents = 10_000, flows: nFlows = 2_000, places: nPlaces = 200, seed = 1 } = opts
  const real = opts.real ?? readRealData()
  const r = rng(seed)
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1))
  const pick = (list) => list[Math.floor(r() * list.length)]
  const pickSome = (list, lo, hi) => {
    const n = Math.min(list.length, int(lo, hi))
    const out = new Set()
    while (out.size < n) out.add(pick(list))
    return [...out]
  }
  const quote = (what) => [{ text: `Generated quotation about ${what}.`, paragraph: int(1, 24) }]

  /** Dates at every precision the schema allows, spans and some undated items, as in the real data. */
  const when = () => {
    const x = r()
    if (x < 0.05)
      return { kind: 'undated', note: 'Generated: no date, like an undated item in the article.' }
    const year = int(YEAR_MIN, YEAR_MAX)
    if (x < 0.2) return { kind: 'span', from: String(year), to: String(int(year, YEAR_MAX)) }
    if (x < 0.5) return { kind: 'point', date: String(year) }
    const month = int(1, 12)
    if (x < 0.75) return { kind: 'point', date: `${year}-${pad(month, 2)}` }
    return { kind: 'point', date: `${year}-${pad(month, 2)}-${pad(int(1, 28), 2)}` }
  }

  const actors = real.actors
  const states = actors.filter((a) => a.kind === 'state').map((a) => a.id)
  const actorIds = actors.map((a) => a.id)

  // Extra places spread over North-East Asia and Russia, where the article's places are.
  const places = [...real.places]
  for (let i = places.length; i < nPlaces; i++) {
    const id = `gen-place-${pad(i, 4)}`
    places.push({
      id,
      name: `Generated place ${i}`,
      kind: pick(['city', 'facility', 'region']),
      country: pick(states),
      lngLat: [
        Number((int(9000, 16000) / 100).toFixed(2)),
        Number((int(3000, 6500) / 100).toFixed(2)),
      ],
      headline: false,
      quotes: quote(id),
    })
  }
  const placeIds = places.map((p) => p.id)

  const flows = [...real.flows]
  for (let i = flows.length; i < nFlows; i++) {
    const id = `gen-flow-${pad(i, 5)}`
    const [from, to] = pickSome(placeIds, 2, 2)
    const flow = {
      id,
      title: `Generated flow ${i}`,
      kind: pick(FLOW_KINDS),
      tag: TAGS[i % TAGS.length],
      what: 'Generated goods',
      from,
      to,
      fromActor: pick(actorIds),
      toActor: pick(actorIds),
      when: when(),
      status: pick(FLOW_STATUSES),
      confidence: pick(CONFIDENCE),
      summary: `A generated flow from ${from} to ${to}.`,
      quotes: quote(id),
    }
    if (r() < 0.1) {
      const via = pick(placeIds)
      if (via !== from && via !== to) flow.via = [via]
    }
    flows.push(flow)
  }
  const flowIds = flows.map((f) => f.id)

  const events = [...real.events]
  for (let i = events.length; i < nEvents; i++) {
    const id = `gen-event-${pad(i, 6)}`
    events.push({
      id,
      title: `Generated event ${i}`,
      kind: pick(EVENT_KINDS),
      when: when(),
      places: pickSome(placeIds, 0, 2),
      actors: pickSome(actorIds, 1, 3),
      summary: `A generated event number ${i}.`,
      confidence: pick(CONFIDENCE),
      flows: r() < 0.3 ? pickSome(flowIds, 1, 2) : [],
      quotes: quote(id),
    })
  }
  return { source: real.source, actors, places, events, flows }
}

export function writeDataset(dir, dataset) {
  mkdirSync(dir, { recursive: true })
  for (const name of ['source', 'actors', 'places', 'events', 'flows']) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(dataset[name]))
  }
}

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null
  if (!out) {
    console.error(
      'usage: node scripts/generate-large-dataset.mjs <out-dir> [--events N] [--flows N]',
    )
    process.exit(2)
  }
  const data = generateDataset({
    events: arg('events', 10_000),
    flows: arg('flows', 2_000),
    places: arg('places', 200),
    seed: arg('seed', 1),
  })
  writeDataset(out, data)
  console.log(
    `wrote ${data.events.length} events, ${data.flows.length} flows, ${data.places.length} places to ${out}`,
  )
}
