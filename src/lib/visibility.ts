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
  confidence: Uint8Array
  /** Allowed kinds, or null when the kind filter does not apply (events). */
  kinds: Uint8Array | null
  actors: Uint8Array | null
}

/** Marks the visible items of `c`, and the places they make visible in `placeMarks`. */
function markVisible(c: ItemColumns, k: Criteria, placeMarks: Uint8Array): MarkedIds {
  // Everything the loop reads is a local: V8 then keeps it in registers instead of reloading fields.
  const { undated, fromYear, toYear, confidence, kind, actorStart, actors, placeStart, places } = c
  const { y0, y1, includeUndated } = k
  const allowedConfidence = k.confidence
  const allowedKinds = k.kinds ?? EVERY_KIND
  const anyKind = k.kinds === null
  const matching = k.actors ?? NO_ACTORS
  const anyActor = k.actors === null
  const n = c.ids.length
  const marks = new Uint8Array(n)
  let size = 0
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
    const end = placeStart[i + 1]!
    for (let j = placeStart[i]!; j < end; j++) placeMarks[places[j]!] = 1
  }
  return new MarkedIds(c.ids, c.position, marks, size)
}

const EVERY_KIND = new Uint8Array(0)
const NO_ACTORS = new Uint8Array(0)

export function computeVisible(data: VisibilityInput, filters: Filters): Visible {
  const index = indexFor(data)
  const criteria: Criteria = {
    y0: filters.years[0],
    y1: filters.years[1],
    includeUndated: filters.includeUndated,
    confidence: allowedIn(index.confidence, filters.confidence),
    kinds: null,
    actors: matchingActors(index, filters.actors),
  }
  const placeMarks = new Uint8Array(index.places.values.length)
  const events = markVisible(index.events, criteria, placeMarks)
  const flows = markVisible(
    index.flows,
    { ...criteria, kinds: allowedIn(index.kinds, filters.flowKinds) },
    placeMarks,
  )
  let placeCount = 0
  for (const m of placeMarks) placeCount += m
  const places = new MarkedIds(index.places.values, index.places.index, placeMarks, placeCount)
  return { events, flows, places }
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
