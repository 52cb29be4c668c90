/**
 * The indexed derivation (typed arrays built once per dataset) must select exactly what the plain
 * reading of the filters selects. The reference below is that plain reading, written for clarity, not
 * speed; both run over generated datasets and filters, including values the index has never seen.
 * It reads the rules as visibility.ts documents them: a flow also passes the actor filter through an
 * event that names it, and `loose` holds what only an undated date or an era running past the chosen
 * years keeps in.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONFIDENCE,
  FLOW_KINDS,
  type Confidence,
  type Event,
  type Flow,
  type When,
} from '../../../src/data/schema'
import { yearSpan } from '../../../src/lib/dates'
import { computeVisible, visibleFor, type VisibilityInput } from '../../../src/lib/visibility'
import type { Filters } from '../../../src/lib/explorer-view'

function reference(data: VisibilityInput, filters: Filters) {
  const [y0, y1] = filters.years
  const inYears = (w: When) => {
    const span = yearSpan(w)
    if (!span) return filters.includeUndated
    return span[0] <= y1 && span[1] >= y0
  }
  // The years narrow when they leave out a year some dated item touches.
  const spans = [...data.events, ...data.flows].map((x) => yearSpan(x.when))
  const narrowed = spans.some((span) => span !== null && (span[0] < y0 || span[1] > y1))
  const why = (w: When): 'undated' | 'runs past' | null => {
    const span = yearSpan(w)
    if (!span) return narrowed ? 'undated' : null
    return span[0] < y0 || span[1] > y1 ? 'runs past' : null
  }
  const chosen = new Set(filters.actors)
  const actorsMatch = (ids: readonly string[]) =>
    chosen.size === 0 ||
    ids.some((id) => chosen.has(id) || chosen.has(data.stateOf.get(id) ?? '\u0000none'))
  const events = new Set<string>()
  const flows = new Set<string>()
  const places = new Set<string>()
  const loose = {
    events: new Set<string>(),
    flows: new Set<string>(),
    undated: { events: 0, flows: 0 },
    runPast: { events: 0, flows: 0 },
  }
  const firmPlaces = new Set<string>()
  const show = (kind: 'events' | 'flows', id: string, w: When, at: readonly string[]) => {
    ;(kind === 'events' ? events : flows).add(id)
    at.forEach((p) => places.add(p))
    const reason = why(w)
    if (reason === null) at.forEach((p) => firmPlaces.add(p))
    else {
      loose[kind].add(id)
      loose[reason === 'undated' ? 'undated' : 'runPast'][kind]++
    }
  }
  for (const e of data.events) {
    if (filters.confidence.includes(e.confidence) && inYears(e.when) && actorsMatch(e.actors))
      show('events', e.id, e.when, e.places)
  }
  for (const f of data.flows) {
    const namers = data.events.filter((e) => e.flows.includes(f.id))
    if (
      filters.flowKinds.includes(f.kind) &&
      filters.confidence.includes(f.confidence) &&
      inYears(f.when) &&
      (actorsMatch([f.fromActor, f.toActor]) || namers.some((e) => actorsMatch(e.actors)))
    )
      show('flows', f.id, f.when, [f.from, f.to, ...(f.via ?? [])])
  }
  const loosePlaces = new Set([...places].filter((p) => !firmPlaces.has(p)))
  return { events, flows, places, loose: { ...loose, places: loosePlaces } }
}

const ACTORS = [
  'russia',
  'north-korea',
  'soviet-union',
  'putin',
  'shoigu',
  'kim',
  'china',
  'nobody',
]
const PLACES = ['pyongyang', 'moscow', 'vladivostok', 'beijing', 'seoul', 'nowhere']
const actor = fc.constantFrom(...ACTORS)
const place = fc.constantFrom(...PLACES)
const year = fc.integer({ min: 1940, max: 2030 })
const date = fc.oneof(
  year.map(String),
  year.map((y) => `${y}-07`),
  year.map((y) => `${y}-09-13`),
  // The schema rejects it, but the derivation must still treat a date that does not parse as undated.
  fc.constant('2023-02-30'),
)
const when: fc.Arbitrary<When> = fc.oneof(
  fc.constant({ kind: 'undated', note: 'n' } as const),
  date.map((d) => ({ kind: 'point', date: d }) as const),
  fc.tuple(date, date).map(([from, to]) => ({ kind: 'span', from, to }) as const),
)
const confidence = fc.constantFrom(...CONFIDENCE)

const eventBody = fc.record({
  when,
  confidence,
  actors: fc.uniqueArray(actor, { maxLength: 3 }),
  places: fc.uniqueArray(place, { maxLength: 3 }),
  // Flows by number (f0 to f19, some of which the dataset may not have), and one no dataset has.
  flows: fc.uniqueArray(
    fc.oneof(
      fc.nat({ max: 19 }).map((n) => `f${n}`),
      fc.constant('f-none'),
    ),
    {
      maxLength: 3,
    },
  ),
})
const flowBody = fc.record({
  when,
  confidence,
  kind: fc.constantFrom(...FLOW_KINDS),
  fromActor: actor,
  toActor: actor,
  from: place,
  to: place,
  via: fc.option(fc.uniqueArray(place, { maxLength: 2 }), { nil: undefined }),
})

const dataset: fc.Arbitrary<VisibilityInput> = fc
  .record({
    events: fc.array(eventBody, { maxLength: 40 }),
    flows: fc.array(flowBody, { maxLength: 20 }),
    // Who acts for whom, drawn fresh each time: people, states acting for themselves, and actors with
    // no entry at all.
    stateOf: fc.dictionary(actor, actor, { maxKeys: ACTORS.length }),
  })
  .map(({ events, flows, stateOf }) => ({
    events: events.map((e, i) => ({ ...e, id: `e${i}` }) as unknown as Event),
    flows: flows.map((f, i) => ({ ...f, id: `f${i}` }) as unknown as Flow),
    stateOf: new Map(Object.entries(stateOf)),
  }))

const filters: fc.Arbitrary<Filters> = fc.record({
  years: fc.tuple(year, year),
  includeUndated: fc.boolean(),
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS, 'not-an-actor'), { maxLength: 3 }),
  flowKinds: fc.subarray([...FLOW_KINDS]),
  confidence: fc.subarray([...CONFIDENCE] as Confidence[]),
})

const sorted = (xs: Iterable<string>) => [...xs].sort()

describe('computeVisible against a plain reading of the filters', () => {
  it('selects the same events, flows and places, however often a dataset is asked', () => {
    fc.assert(
      fc.property(dataset, fc.array(filters, { minLength: 1, maxLength: 4 }), (data, list) => {
        for (const f of list) {
          const got = computeVisible(data, f)
          const want = reference(data, f)
          for (const key of ['events', 'flows', 'places'] as const) {
            expect(sorted(got[key]), key).toEqual(sorted(want[key]))
            expect(got[key].size, key).toBe(want[key].size)
            expect(sorted(got.loose[key]), `loose ${key}`).toEqual(sorted(want.loose[key]))
            expect(got.loose[key].size, `loose ${key}`).toBe(want.loose[key].size)
          }
          expect(got.loose.undated).toEqual(want.loose.undated)
          expect(got.loose.runPast).toEqual(want.loose.runPast)
          for (const e of data.events) expect(got.events.has(e.id)).toBe(want.events.has(e.id))
          for (const fl of data.flows) expect(got.flows.has(fl.id)).toBe(want.flows.has(fl.id))
          for (const p of [...PLACES, 'not-a-place'])
            expect(got.places.has(p)).toBe(want.places.has(p))
          expect(got.events.has('f0')).toBe(false)
          expect(visibleFor(data, f)).toEqual(got)
        }
      }),
      { numRuns: 300 },
    )
  })
})
