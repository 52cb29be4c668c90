/**
 * The dataset as columns of small numbers, built once per dataset, so that each filter change is a
 * loop over typed arrays: no date parsing, no string lookups, no Sets of ids. Every string the filters
 * compare (confidence grade, flow kind, actor) becomes an index into a table made from the data itself,
 * so an unknown value simply never matches, exactly as a string comparison would not.
 *
 * A flow's actors, for the actor filter, are its two ends plus the actors of every event that names it
 * (`event.flows`): Shoigu's talks in Pyongyang led to the munitions transfer, so choosing Shoigu shows
 * that flow although he neither sends nor receives it. Folding them in here, once, keeps the filter
 * loop exactly as it was.
 */
import type { Event, Flow } from '../data/schema'
import { yearSpan } from './dates'

/** One list of items (events or flows) as columns; item i is row i. */
export interface ItemColumns {
  readonly ids: readonly string[]
  readonly position: ReadonlyMap<string, number>
  /** 1 for undated items (and dates that do not parse): they follow the undated switch, not the years. */
  readonly undated: Uint8Array
  /** First and last year the item touches. */
  readonly fromYear: Int32Array
  readonly toYear: Int32Array
  /** Index into `Interned.values` of the index's confidence table. */
  readonly confidence: Uint16Array
  /** Index into the flow-kind table (0 for events, which have no kind filter). */
  readonly kind: Uint16Array
  /** Actors of item i are `actors[actorStart[i]]` up to `actors[actorStart[i + 1]]`, as actor indices. */
  readonly actorStart: Uint32Array
  readonly actors: Uint32Array
  /** The same layout for the places that item i makes visible. */
  readonly placeStart: Uint32Array
  readonly places: Uint32Array
}

/** Distinct strings in order of first appearance, and each one's index. */
export class Interned {
  readonly values: string[] = []
  readonly index = new Map<string, number>()

  of(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(value, i)
    }
    return i
  }
}

export interface VisibilityIndex {
  readonly events: ItemColumns
  readonly flows: ItemColumns
  readonly places: Interned
  readonly actors: Interned
  /** For each actor index, the index of the state it acts for, or -1. */
  readonly stateOf: Int32Array
  readonly confidence: Interned
  readonly kinds: Interned
  /**
   * The earliest start year and the latest end year of the dated events and flows (null when nothing
   * is dated): a year range that covers both leaves every item in, so undated items are then not
   * "kept in loosely".
   */
  readonly datedSpan: readonly [number, number] | null
}

export interface IndexInput {
  events: readonly Event[]
  flows: readonly Flow[]
  stateOf: ReadonlyMap<string, string>
}

interface Row {
  id: string
  when: Event['when']
  confidence: string
  kind: number
  actors: readonly string[]
  places: readonly string[]
}

function columns(
  n: number,
  rowAt: (i: number) => Row,
  tables: { actors: Interned; places: Interned; confidence: Interned },
): ItemColumns {
  const ids: string[] = new Array<string>(n)
  const position = new Map<string, number>()
  const undated = new Uint8Array(n)
  const fromYear = new Int32Array(n)
  const toYear = new Int32Array(n)
  const confidence = new Uint16Array(n)
  const kind = new Uint16Array(n)
  const actorStart = new Uint32Array(n + 1)
  const placeStart = new Uint32Array(n + 1)
  const actorList: number[] = []
  const placeList: number[] = []
  for (let i = 0; i < n; i++) {
    const row = rowAt(i)
    ids[i] = row.id
    // Ids are unique (the loader rejects duplicates: src/data/references.ts).
    position.set(row.id, i)
    // Parsed here once, not on every filter change; a date that does not parse counts as undated.
    const span = yearSpan(row.when)
    if (span === null) undated[i] = 1
    else {
      fromYear[i] = span[0]
      toYear[i] = span[1]
    }
    confidence[i] = tables.confidence.of(row.confidence)
    // Repeats are dropped: the filter loop stops at the first match anyway, and a flow named by many
    // events would otherwise carry the same actors over and over.
    kind[i] = row.kind
    actorStart[i] = actorList.length
    const first = actorList.length
    for (const a of row.actors) {
      const actor = tables.actors.of(a)
      let seen = false
      for (let j = first; j < actorList.length && !seen; j++) seen = actorList[j] === actor
      if (!seen) actorList.push(actor)
    }
    placeStart[i] = placeList.length
    for (const p of row.places) placeList.push(tables.places.of(p))
  }
  actorStart[n] = actorList.length
  placeStart[n] = placeList.length
  return {
    ids,
    position,
    undated,
    fromYear,
    toYear,
    confidence,
    kind,
    actorStart,
    actors: Uint32Array.from(actorList),
    placeStart,
    places: Uint32Array.from(placeList),
  }
}

export function buildVisibilityIndex(data: IndexInput): VisibilityIndex {
  const actors = new Interned()
  const places = new Interned()
  const confidence = new Interned()
  const kinds = new Interned()
  const tables = { actors, places, confidence }
  const events = columns(
    data.events.length,
    (i) => {
      const e = data.events[i]!
      const { id, when, confidence, actors, places } = e
      return { id, when, confidence, kind: 0, actors, places }
    },
    tables,
  )
  // The actors of the events that name each flow, by flow id (ids the flows do not have are ignored).
  // Indexed loops, no spreads: this runs over every event once per dataset (100,000 in the benchmark).
  const namedBy = new Map<string, string[]>()
  for (let i = 0; i < data.events.length; i++) {
    const { flows, actors } = data.events[i]!
    for (let j = 0; j < flows.length; j++) {
      let list = namedBy.get(flows[j]!)
      if (!list) namedBy.set(flows[j]!, (list = []))
      for (let k = 0; k < actors.length; k++) list.push(actors[k]!)
    }
  }
  const flows = columns(
    data.flows.length,
    (i) => {
      const f = data.flows[i]!
      const viaEvents = namedBy.get(f.id)
      return {
        id: f.id,
        when: f.when,
        confidence: f.confidence,
        kind: kinds.of(f.kind),
        actors: viaEvents ? [f.fromActor, f.toActor].concat(viaEvents) : [f.fromActor, f.toActor],
        places: f.via ? [f.from, f.to, ...f.via] : [f.from, f.to],
      }
    },
    tables,
  )
  // States named only in stateOf still need an index: choosing one must reach its people.
  for (const [actor, state] of data.stateOf) {
    actors.of(actor)
    actors.of(state)
  }
  const stateOf = new Int32Array(actors.values.length).fill(-1)
  for (const [actor, state] of data.stateOf) stateOf[actors.of(actor)] = actors.of(state)
  return {
    events,
    flows,
    places,
    actors,
    stateOf,
    confidence,
    kinds,
    datedSpan: spanOf([events, flows]),
  }
}

function spanOf(lists: readonly ItemColumns[]): [number, number] | null {
  let from = Infinity
  let to = -Infinity
  for (const c of lists) {
    for (let i = 0; i < c.ids.length; i++) {
      if (c.undated[i] === 1) continue
      from = Math.min(from, c.fromYear[i]!)
      to = Math.max(to, c.toYear[i]!)
    }
  }
  // Not `from <= to`: a span written backwards (2023 to 2000) still touches years.
  return Number.isFinite(from) ? [from, to] : null
}
