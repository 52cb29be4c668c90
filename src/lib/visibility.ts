/**
 * What the filters leave visible. Pure, so the map, the panels, the timeline and the counts all derive
 * from the same function and cannot disagree. Fast enough for 100,000 events on every filter change
 * (derive.ms_100k in `npm run bench`): the dataset is indexed once (visibility-index.ts) and each call
 * only loops over typed arrays and marks bytes.
 */
import type { When } from '../data/schema'
import type { Filters } from '../lib/explorer-view'
import { yearSpan } from './dates'
import { MarkedIds, type IdSet } from './id-set'
import {
  buildVisibilityIndex,
  type IndexInput,
  type Interned,
  type ItemColumns,
  type VisibilityIndex,
} from './visibility-index'

export type { IdSet } from './id-set'

export interface Visible {
  events: IdSet
  flows: IdSet
  /** Places with at least one visible event or flow. Others are drawn muted, never removed. */
  places: IdSet
  /** The visible items that only a loose reading of the years keeps in; see `Loose`. */
  loose: Loose
}

/**
 * Visible items that a year filter leaves in without their date being inside the chosen years, so a
 * year filter can be seen to do something (the map draws them lighter, the list marks them):
 *
 * - an undated event or flow, while the chosen years leave out part of the years the dataset's dated
 *   items touch (with every year chosen, nothing is kept in loosely: the year filter is not narrowing);
 * - a dated event or flow whose years run past the chosen years at either end (an era that overlaps
 *   them, such as the 2000-2023 revival efforts when 2022-2023 is chosen);
 * - a visible place all of whose visible events and flows are loose.
 *
 * Every loose item is also in `Visible`'s own sets, and is counted there. A point in time inside the
 * years is never loose, and neither is anything when the years are not what hides or shows it.
 */
export interface Loose {
  events: IdSet
  flows: IdSet
  places: IdSet
  /** How many loose events and flows are undated. */
  undated: { events: number; flows: number }
  /** How many loose events and flows are dated but run past the chosen years. */
  runPast: { events: number; flows: number }
}

/** What the derivation needs from the dataset; the full Dataset satisfies it. */
export type VisibilityInput = IndexInput

/** A point counts if its year is in range; an era counts where it overlaps the range. */
export function whenMatches(
  w: When,
  years: readonly [number, number],
  includeUndated: boolean,
): boolean {
  const span = yearSpan(w)
  if (!span) return includeUndated
  return span[0] <= years[1] && span[1] >= years[0]
}

// Datasets are never mutated, so the index is keyed by the dataset object; the arrays are compared too,
// so a caller that rebuilds `events` on the same object gets a fresh index rather than a stale one.
const indexes = new WeakMap<VisibilityInput, { of: IndexInput; index: VisibilityIndex }>()

function indexFor(data: VisibilityInput): VisibilityIndex {
  const hit = indexes.get(data)
  if (
    hit &&
    hit.of.events === data.events &&
    hit.of.flows === data.flows &&
    hit.of.stateOf === data.stateOf
  )
    return hit.index
  const index = buildVisibilityIndex(data)
  indexes.set(data, {
    of: { events: data.events, flows: data.flows, stateOf: data.stateOf },
    index,
  })
  return index
}

/** 1 for each value of `table` that is in `chosen`; values the data never uses are ignored. */
function allowedIn(table: Interned, chosen: readonly string[]): Uint8Array {
  const allowed = new Uint8Array(table.values.length)
  for (const value of chosen) {
    const i = table.index.get(value)
    if (i !== undefined) allowed[i] = 1
  }
  return allowed
}

/**
 * 1 for each actor an item may name to pass the actor filter, or null when there is no actor filter.
 * Choosing a state matches the people and bodies who act for it; choosing a person matches only them.
 */
function matchingActors(index: VisibilityIndex, chosen: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null
  const direct = allowedIn(index.actors, chosen)
  const out = new Uint8Array(direct.length)
  for (let a = 0; a < out.length; a++) {
    const state = index.stateOf[a]!
    out[a] = direct[a]! | (state >= 0 ? direct[state]! : 0)
  }
  return out
}

interface Criteria {
  y0: number
  y1: number
  includeUndated: boolean
  /** The years leave out some of the dataset's dated years: undated items are then kept in loosely. */
  narrowed: boolean
  confidence: Uint8Array
  /** Allowed kinds, or null when the kind filter does not apply (events). */
  kinds: Uint8Array | null
  actors: Uint8Array | null
}

interface Marked {
  visible: MarkedIds
  loose: MarkedIds
  undated: number
  runPast: number
}

/**
 * Marks the visible items of `c`, and which of them are loose; the places they make visible in
 * `placeMarks`, and in `firmPlaceMarks` the places some visible item that is not loose makes visible.
 */
function markVisible(
  c: ItemColumns,
  k: Criteria,
  placeMarks: Uint8Array,
  firmPlaceMarks: Uint8Array,
): Marked {
  // Everything the loop reads is a local: V8 then keeps it in registers instead of reloading fields.
  const { undated, fromYear, toYear, confidence, kind, actorStart, actors, placeStart, places } = c
  const { y0, y1, includeUndated, narrowed } = k
  const allowedConfidence = k.confidence
  const allowedKinds = k.kinds ?? EVERY_KIND
  const anyKind = k.kinds === null
  const matching = k.actors ?? NO_ACTORS
  const anyActor = k.actors === null
  const n = c.ids.length
  const marks = new Uint8Array(n)
  const looseMarks = new Uint8Array(n)
  let size = 0
  let looseUndated = 0
  let loosePast = 0
  for (let i = 0; i < n; i++) {
    if (allowedConfidence[confidence[i]!] !== 1) continue
    if (!anyKind && allowedKinds[kind[i]!] !== 1) continue
    if (undated[i] === 1 ? !includeUndated : fromYear[i]! > y1 || toYear[i]! < y0) continue
    if (!anyActor) {
      let hit = false
      const end = actorStart[i + 1]!
      for (let j = actorStart[i]!; j < end; j++) {
        if (matching[actors[j]!] === 1) {
          hit = true
          break
        }
      }
      if (!hit) continue
    }
    marks[i] = 1
    size++
    let loose = false
    if (undated[i] === 1) {
      if (narrowed) {
        loose = true
        looseUndated++
      }
    } else if (fromYear[i]! < y0 || toYear[i]! > y1) {
      loose = true
      loosePast++
    }
    const end = placeStart[i + 1]!
    if (loose) {
      looseMarks[i] = 1
      for (let j = placeStart[i]!; j < end; j++) placeMarks[places[j]!] = 1
    } else {
      for (let j = placeStart[i]!; j < end; j++) {
        const p = places[j]!
        placeMarks[p] = 1
        firmPlaceMarks[p] = 1
      }
    }
  }
  return {
    visible: new MarkedIds(c.ids, c.position, marks, size),
    loose: new MarkedIds(c.ids, c.position, looseMarks, looseUndated + loosePast),
    undated: looseUndated,
    runPast: loosePast,
  }
}

const EVERY_KIND = new Uint8Array(0)
const NO_ACTORS = new Uint8Array(0)

export function computeVisible(data: VisibilityInput, filters: Filters): Visible {
  const index = indexFor(data)
  const [y0, y1] = filters.years
  const dated = index.datedSpan
  const criteria: Criteria = {
    y0,
    y1,
    includeUndated: filters.includeUndated,
    narrowed: dated !== null && (y0 > dated[0] || y1 < dated[1]),
    confidence: allowedIn(index.confidence, filters.confidence),
    kinds: null,
    actors: matchingActors(index, filters.actors),
  }
  const placeCount = index.places.values.length
  const placeMarks = new Uint8Array(placeCount)
  const firmPlaceMarks = new Uint8Array(placeCount)
  const events = markVisible(index.events, criteria, placeMarks, firmPlaceMarks)
  const flows = markVisible(
    index.flows,
    { ...criteria, kinds: allowedIn(index.kinds, filters.flowKinds) },
    placeMarks,
    firmPlaceMarks,
  )
  // Reused in place: a place is loose where it is marked visible but no firm item marks it.
  const loosePlaceMarks = firmPlaceMarks
  let shownPlaces = 0
  let loosePlaces = 0
  for (let p = 0; p < placeCount; p++) {
    const shown = placeMarks[p]!
    const loose = shown & (loosePlaceMarks[p]! ^ 1)
    loosePlaceMarks[p] = loose
    shownPlaces += shown
    loosePlaces += loose
  }
  const { values, index: position } = index.places
  return {
    events: events.visible,
    flows: flows.visible,
    places: new MarkedIds(values, position, placeMarks, shownPlaces),
    loose: {
      events: events.loose,
      flows: flows.loose,
      places: new MarkedIds(values, position, loosePlaceMarks, loosePlaces),
      undated: { events: events.undated, flows: flows.undated },
      runPast: { events: events.runPast, flows: flows.runPast },
    },
  }
}

// The map's sync modules and every panel ask for the same answer on each filter change; filters are
// replaced, never mutated, so the last result per dataset can be shared by identity.
const lastResult = new WeakMap<VisibilityInput, { filters: Filters; visible: Visible }>()

/** computeVisible, computed once per (dataset, filters) pair however many parts of the page ask. */
export function visibleFor(data: VisibilityInput, filters: Filters): Visible {
  const last = lastResult.get(data)
  if (last && last.filters === filters) return last.visible
  const visible = computeVisible(data, filters)
  lastResult.set(data, { filters, visible })
  return visible
}
