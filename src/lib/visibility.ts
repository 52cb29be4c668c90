/**
 * What the filters leave visible. Pure, so the map, the panels, the timeline and the counts all derive
 * from the same function and cannot disagree; fast enough for 100,000 events (see the benchmark).
 */
import type { Event, Flow, When } from '../data/schema'
import type { Filters } from '../store/filters-slice'
import { yearSpan } from './dates'

export interface Visible {
  events: ReadonlySet<string>
  flows: ReadonlySet<string>
  /** Places with at least one visible event or flow. Others are drawn muted, never removed. */
  places: ReadonlySet<string>
}

/** What the derivation needs from the dataset; the full Dataset satisfies it. */
export interface VisibilityInput {
  events: readonly Event[]
  flows: readonly Flow[]
  stateOf: ReadonlyMap<string, string>
}

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

/** Choosing a state matches the people and bodies who act for it; choosing a person matches only them. */
export function actorMatcher(chosen: readonly string[], stateOf: ReadonlyMap<string, string>) {
  if (chosen.length === 0) return () => true
  const set = new Set(chosen)
  return (ids: readonly string[]) => {
    for (const id of ids) {
      if (set.has(id)) return true
      const state = stateOf.get(id)
      if (state !== undefined && set.has(state)) return true
    }
    return false
  }
}

export function computeVisible(data: VisibilityInput, filters: Filters): Visible {
  const { years, includeUndated } = filters
  const confidence = new Set(filters.confidence)
  const kinds = new Set(filters.flowKinds)
  const actorsMatch = actorMatcher(filters.actors, data.stateOf)
  const events = new Set<string>()
  const flows = new Set<string>()
  const places = new Set<string>()

  for (const e of data.events) {
    if (!confidence.has(e.confidence)) continue
    if (!whenMatches(e.when, years, includeUndated)) continue
    if (!actorsMatch(e.actors)) continue
    events.add(e.id)
    for (const p of e.places) places.add(p)
  }
  for (const f of data.flows) {
    if (!kinds.has(f.kind) || !confidence.has(f.confidence)) continue
    if (!whenMatches(f.when, years, includeUndated)) continue
    if (!actorsMatch([f.fromActor, f.toActor])) continue
    flows.add(f.id)
    places.add(f.from)
    places.add(f.to)
    if (f.via) for (const p of f.via) places.add(p)
  }
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
