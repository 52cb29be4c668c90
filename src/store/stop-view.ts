/**
 * A briefing stop as an explorer view, and back. A stop names only what it narrows; here it becomes the
 * full filters and selection the store holds, in the store's canonical order, the camera target the map
 * frames, and the subject it draws at full strength.
 */
import type { BriefingFilters, BriefingStop } from '../data/briefing-schema'
import { CONFIDENCE, FLOW_KINDS } from '../data/schema'
import {
  DEFAULT_FILTERS,
  HOME,
  roundCamera,
  sameFilters,
  sameSelection,
  sameSet,
  type Bounds,
  type Camera,
  type CameraTarget,
  type Filters,
  type Focus,
  type Selection,
} from '../lib/explorer-view'
import type { CameraSlice } from './camera-slice'

export interface StopView {
  filters: Filters
  selection: Selection | null
  target: CameraTarget
  /** Null for a stop that names no subject: nothing recedes. */
  focus: Focus | null
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

/**
 * Where a stop's map goes: a saved area whole, else its subject framed, else its exact camera, else
 * the home view. Areas and subjects are fitted to the screen that shows them.
 */
export function stopTarget(stop: BriefingStop): CameraTarget {
  const places = stop.subject?.places ?? []
  const flows = stop.subject?.flows ?? []
  if (stop.bounds) return { kind: 'fit', framing: { places, flows, bounds: stop.bounds } }
  if (places.length || flows.length) return { kind: 'fit', framing: { places, flows } }
  if (stop.camera) {
    const { center, zoom, bearing, pitch } = stop.camera
    return { kind: 'camera', camera: { center: [center[0], center[1]], zoom, bearing, pitch } }
  }
  return HOME
}

export function stopFocus(stop: BriefingStop): Focus | null {
  const s = stop.subject
  if (!s) return null
  return {
    places: s.places ?? [],
    flows: s.flows ?? [],
    ended: s.ended ?? [],
    journey: s.journey ?? [],
    beyond: s.beyond ?? [],
  }
}

export function stopView(stop: BriefingStop): StopView {
  return {
    filters: stopFilters(stop.filters),
    selection: stop.selection ? { kind: stop.selection.kind, id: stop.selection.id } : null,
    target: stopTarget(stop),
    focus: stopFocus(stop),
  }
}

/**
 * Whether the explorer shows exactly this stop: its filters, its selection, and its camera request
 * (`stopSeq`) followed with no move since. Screen-independent: a fitted stop is "as defined" on any
 * screen, however its camera resolved there.
 */
export function isAtStop(
  s: Pick<CameraSlice, 'cameraMoved' | 'cameraRequest'> & {
    filters: Filters
    selection: Selection | null
  },
  stop: BriefingStop,
  stopSeq: number,
): boolean {
  const v = stopView(stop)
  return (
    sameFilters(s.filters, v.filters) &&
    sameSelection(s.selection, v.selection) &&
    !s.cameraMoved &&
    s.cameraRequest.seq === stopSeq
  )
}

/**
 * The explorer's view as a stop's fields, naming only what differs from the defaults. `bounds`: the
 * area the map shows, clear of what covers it, so the stop shows the same area on any screen; the
 * exact camera is kept too, rounded as a link rounds it.
 */
export interface ScreenView {
  filters: Filters
  selection: Selection | null
  camera: Camera
  /** The area the map shows, clear of what covers it; null without a map. */
  bounds: Bounds | null
  /** What the view is about (the selection and what it relates to): kept in frame on any screen. */
  subject: { places: readonly string[]; flows: readonly string[] }
}

export function viewAsStopFields(
  view: ScreenView,
): Pick<BriefingStop, 'camera' | 'bounds' | 'filters' | 'selection' | 'subject'> {
  const f = view.filters
  const d = DEFAULT_FILTERS
  const filters: BriefingFilters = {}
  if (f.years[0] !== d.years[0] || f.years[1] !== d.years[1])
    filters.years = [f.years[0], f.years[1]]
  if (f.includeUndated !== d.includeUndated) filters.includeUndated = f.includeUndated
  if (f.actors.length) filters.actors = [...f.actors]
  if (!sameSet(f.flowKinds, d.flowKinds)) filters.flowKinds = [...f.flowKinds]
  if (!sameSet(f.confidence, d.confidence)) filters.confidence = [...f.confidence]
  const c = roundCamera(view.camera)
  const round3 = (n: number) => Number(n.toFixed(3))
  const b = view.bounds
  const subject = {
    ...(view.subject.places.length ? { places: [...view.subject.places] } : {}),
    ...(view.subject.flows.length ? { flows: [...view.subject.flows] } : {}),
  }
  return {
    camera: { ...c, center: [c.center[0], c.center[1]] },
    ...(b
      ? {
          bounds: [
            [round3(b[0][0]), round3(b[0][1])],
            [round3(b[1][0]), round3(b[1][1])],
          ],
        }
      : {}),
    ...(Object.keys(subject).length ? { subject } : {}),
    ...(Object.keys(filters).length ? { filters } : {}),
    ...(view.selection ? { selection: { ...view.selection } } : {}),
  }
}
