/**
 * The explorer's view: what the person chose (filters, selection, panel, camera), the fresh page's
 * defaults, when two views are the same, and how finely a camera is kept. One home for the store
 * (which holds the view), the link (url-state.ts) and briefing stops (store/stop-view.ts), so they
 * cannot disagree about what "the same view" means.
 */
import { CONFIDENCE, FLOW_KINDS, type Confidence, type FlowKind } from '../data/schema'

/** The article's span: the founding of the North Korean state to the time of writing. */
export const YEAR_MIN = 1948
export const YEAR_MAX = 2023

export interface Filters {
  years: readonly [number, number]
  /** Undated items have their own switch: they cannot be placed on the year axis, so never hide silently. */
  includeUndated: boolean
  /** Chosen actors; empty means no actor filter. A state includes the people and bodies acting for it. */
  actors: readonly string[]
  /** Flow kinds shown (all by default). */
  flowKinds: readonly FlowKind[]
  /** Confidence grades shown (all by default). */
  confidence: readonly Confidence[]
}

export const DEFAULT_FILTERS: Filters = {
  years: [YEAR_MIN, YEAR_MAX],
  includeUndated: true,
  actors: [],
  flowKinds: [...FLOW_KINDS],
  confidence: [...CONFIDENCE],
}

export const SELECTION_KINDS = ['place', 'event', 'flow'] as const
export type SelectionKind = (typeof SELECTION_KINDS)[number]
export interface Selection {
  kind: SelectionKind
  id: string
}

/** Which side panel tab is showing. */
export const PANELS = ['details', 'sources', 'list'] as const
export type Panel = (typeof PANELS)[number]

export interface Camera {
  center: readonly [number, number]
  zoom: number
  bearing: number
  pitch: number
}

/**
 * Where the map is made before the data has arrived: about North-East Asia. The first view the person
 * sees is the home framing (below), fitted to their screen as soon as the places are known.
 */
export const DEFAULT_CAMERA: Camera = { center: [129.5, 45.0], zoom: 3.4, bearing: 0, pitch: 0 }

/** [[west, south], [east, north]] in degrees. */
export type Bounds = readonly [readonly [number, number], readonly [number, number]]

/** What a view is about: the places and flows to fit into the part of the map nothing covers. */
export interface Framing {
  places: readonly string[]
  flows: readonly string[]
  /** An area to show whole (a view saved from the screen), fitted with the places and flows. */
  bounds?: Bounds
}

/**
 * Where the camera should go. `camera`: exactly there (a link that carries one). `fit`: frame a subject
 * on whatever screen shows it (a briefing stop). `home`: the explorer's first view, the four headline
 * places framed. A fit depends on the screen, so the map resolves it, and fits again when the map's
 * size or what covers it changes, until the person moves the map.
 */
export type CameraTarget =
  { kind: 'camera'; camera: Camera } | { kind: 'fit'; framing: Framing } | { kind: 'home' }

export const HOME: CameraTarget = { kind: 'home' }

/**
 * A briefing stop's subject, as the map draws it: these at full strength, everything else receding.
 * `ended`: flows shown as having ended. `journey`: events numbered and joined in the article's order.
 * `beyond`: places the stop mentions that may lie off the map (their edge chips stay at full strength).
 */
export interface Focus {
  places: readonly string[]
  flows: readonly string[]
  ended: readonly string[]
  journey: readonly string[]
  beyond: readonly string[]
}

const round = (n: number, digits: number) => Number(n.toFixed(digits))

/**
 * A camera as finely as a link keeps it: about 100 m at the centre, a hundredth of a zoom level, a tenth
 * of a degree. Two cameras that round alike are the same view; a stop made from a view returns to it.
 */
export function roundCamera(c: Camera): Camera {
  return {
    center: [round(c.center[0], 3), round(c.center[1], 3)],
    zoom: round(c.zoom, 2),
    bearing: round(c.bearing, 1),
    pitch: round(c.pitch, 1),
  }
}

export function sameCamera(a: Camera, b: Camera): boolean {
  const ra = roundCamera(a)
  const rb = roundCamera(b)
  return (
    ra.center[0] === rb.center[0] &&
    ra.center[1] === rb.center[1] &&
    ra.zoom === rb.zoom &&
    ra.bearing === rb.bearing &&
    ra.pitch === rb.pitch
  )
}

/** Filter lists are compared as sets: order does not change what is shown. */
export const sameSet = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x) => b.includes(x))

/** The actor filter keeps the order people ticked them in; the other lists are canonical already. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.years[0] === b.years[0] &&
    a.years[1] === b.years[1] &&
    a.includeUndated === b.includeUndated &&
    sameSet(a.actors, b.actors) &&
    sameSet(a.flowKinds, b.flowKinds) &&
    sameSet(a.confidence, b.confidence)
  )
}

/** Same as a fresh page? */
export const isDefaultFilters = (f: Filters): boolean => sameFilters(f, DEFAULT_FILTERS)

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)
}
