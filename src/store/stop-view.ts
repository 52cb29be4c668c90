/**
 * A briefing stop as an explorer view, and back. A stop names only what it narrows; here it becomes the
 * full filters, selection and camera the store holds, in the store's canonical order, so "is the map
 * still showing this stop?" is a plain comparison.
 */
import type { BriefingFilters, BriefingStop } from '../data/briefing-schema'
import { CONFIDENCE, FLOW_KINDS } from '../data/schema'
import {
  DEFAULT_FILTERS,
  roundCamera,
  sameCamera,
  sameFilters,
  sameSelection,
  sameSet,
  type Camera,
  type Filters,
  type Selection,
} from '../lib/explorer-view'

export interface StopView {
  filters: Filters
  selection: Selection | null
  camera: Camera
}

export function stopFilters(f: BriefingFilters | undefined): Filters {
  if (!f) return DEFAULT_FILTERS
  const years = f.years
  return {
    years: years ? [Math.min(...years), Math.max(...years)] : DEFAULT_FILTERS.years,
    includeUndated: f.includeUndated ?? DEFAULT_FILTERS.includeUndated,
    actors: f.actors ? [...new Set(f.actors)] : DEFAULT_FILTERS.actors,
    flowKinds: f.flowKinds
      ? FLOW_KINDS.filter((k) => f.flowKinds?.includes(k))
      : DEFAULT_FILTERS.flowKinds,
    confidence: f.confidence
      ? CONFIDENCE.filter((c) => f.confidence?.includes(c))
      : DEFAULT_FILTERS.confidence,
  }
}

export function stopView(stop: BriefingStop): StopView {
  const { center, zoom, bearing, pitch } = stop.camera
  return {
    filters: stopFilters(stop.filters),
    selection: stop.selection ? { kind: stop.selection.kind, id: stop.selection.id } : null,
    camera: { center: [center[0], center[1]], zoom, bearing, pitch },
  }
}

/** Whether the explorer shows exactly this stop: its filters, its selection, its camera. */
export function isAtStop(current: StopView, stop: BriefingStop): boolean {
  const v = stopView(stop)
  return (
    sameFilters(current.filters, v.filters) &&
    sameSelection(current.selection, v.selection) &&
    sameCamera(current.camera, v.camera)
  )
}

/** The explorer's view as a stop's fields, naming only what differs from the defaults. */
export function viewAsStopFields(
  view: StopView,
): Pick<BriefingStop, 'camera' | 'filters' | 'selection'> {
  const f = view.filters
  const d = DEFAULT_FILTERS
  const filters: BriefingFilters = {}
  if (f.years[0] !== d.years[0] || f.years[1] !== d.years[1])
    filters.years = [f.years[0], f.years[1]]
  if (f.includeUndated !== d.includeUndated) filters.includeUndated = f.includeUndated
  if (f.actors.length) filters.actors = [...f.actors]
  if (!sameSet(f.flowKinds, d.flowKinds)) filters.flowKinds = [...f.flowKinds]
  if (!sameSet(f.confidence, d.confidence)) filters.confidence = [...f.confidence]
  // Rounded as a link rounds them: a stop made from a view returns to that same view.
  const c = roundCamera(view.camera)
  return {
    camera: { ...c, center: [c.center[0], c.center[1]] },
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(view.selection ? { selection: { ...view.selection } } : {}),
  }
}
