/**
 * The story's own map layers: flows as lines with arrowheads, the bar that ends a flow that ended, ties
 * between states as double lines, and a stop's journey as a dotted line. Typed constants, so the sync
 * modules and tests name the same ids. Per-flow emphasis (`selected`, `dimmed`, `ended`), looseness
 * (`loose`) and visibility (`hidden`) come from feature-state, so the data and the layers are set once:
 * a filter change then only repaints, where setFilter sent every flow tile back through the worker.
 *
 * How a line reads (room.md, "A line is a claim"), in shapes that survive a projector and a printer:
 * solid with arrows, it happened or was reported; dashed, it was wanted or planned and is not reported
 * to have happened; a bar across its end, it ended; double and without arrows, a tie between states,
 * not a thing that moves; no arrows either where the article gives no direction (the never-built links).
 * What recedes turns grey rather than fading away (never below 50% opacity).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { FeatureCollection, LineString, Point } from 'geojson'
import type { FlowKind, FlowStatus } from '../data/schema'

export const FLOW_SOURCE_ID = 'story-flows'
export const FLOW_END_SOURCE_ID = 'story-flow-ends'
export const JOURNEY_SOURCE_ID = 'story-journey'
export const ARROW_IMAGE_ID = 'story-flow-arrow'
export const END_BAR_IMAGE_ID = 'story-flow-end-bar'

/** Bottom to top. */
export const FLOW_LAYER_IDS = {
  journey: 'story-journey',
  casing: 'story-flows-casing',
  lines: 'story-flows-lines',
  arrows: 'story-flows-arrows',
  ends: 'story-flow-ends',
} as const

/** Receding flows turn this grey, which passes 3:1 on the land and the sea. */
export const RECEDED_COLOUR = '#8a8a8a'
/** A flow shown as ended at a stop: a darker grey, still solid, with its end bar. */
export const ENDED_COLOUR = '#5f5f5f'
/** The journey's dots: the ink of the page. */
export const JOURNEY_COLOUR = '#1d2733'

/** What each flow feature carries; `id` is promoted to the feature id for feature-state. */
export interface FlowFeatureProps {
  id: string
  kind: FlowKind
  status: FlowStatus
  /** The sending actor's state colour. */
  colour: string
  /** Sought or never built: drawn dashed. */
  unrealised: boolean
  historical: boolean
  /** A tie between states: a double line. */
  tie: boolean
  /** Arrowheads say which way things move; not for ties, nor where the article gives no direction. */
  arrows: boolean
}
export type FlowFeatures = FeatureCollection<LineString, FlowFeatureProps>

/** A point at the end of each flow that ended, turned so its x axis runs along the line (degrees). */
export interface FlowEndProps {
  id: string
  colour: string
  rotate: number
}
export type FlowEnds = FeatureCollection<Point, FlowEndProps>

/** Per-flow state the map keeps outside the data (setFeatureState), on the flow and end sources. */
export interface FlowFeatureState {
  selected: boolean
  dimmed: boolean
  ended: boolean
}

export function flowSource(data: FlowFeatures): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'id' }
}

export function flowEndSource(data: FlowEnds): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'id' }
}

export const EMPTY_LINES: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [],
}

export function journeySource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: EMPTY_LINES }
}

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false]
// The per-flow conditions the paint reads; print-style.ts paints the same states for the hand-out.
export const SELECTED = state('selected')
export const DIMMED = state('dimmed')
export const ENDED = state('ended')
/** Kept in only because undated or because an era runs past the chosen years: lighter. */
export const LOOSE = state('loose')
/** Filtered out (sync-flow-layers.ts): drawn fully transparent, and clicks on it are ignored. */
export const HIDDEN = state('hidden')
export const TIE: ExpressionSpecification = ['==', ['get', 'tie'], true]

// What is emphasised (the selection, a stop's subject) is drawn at full strength even if loosely kept.
const OPACITY: ExpressionSpecification = [
  'case',
  HIDDEN,
  0,
  SELECTED,
  1,
  DIMMED,
  0.6,
  LOOSE,
  0.5,
  1,
]
const COLOUR: ExpressionSpecification = [
  'case',
  ENDED,
  ENDED_COLOUR,
  DIMMED,
  RECEDED_COLOUR,
  ['get', 'colour'],
]
/** Sought or never built: drawn dashed. */
const UNREALISED: ExpressionSpecification = ['==', ['get', 'unrealised'], true]

export function flowLayers(): LayerSpecification[] {
  const ids = FLOW_LAYER_IDS
  const source = FLOW_SOURCE_ID
  const round = { 'line-join': 'round', 'line-cap': 'round' } as const
  return [
    {
      id: ids.journey,
      type: 'line',
      source: JOURNEY_SOURCE_ID,
      layout: round,
      paint: {
        'line-color': JOURNEY_COLOUR,
        'line-width': 3,
        // Round dots: a sequence, not a route.
        'line-dasharray': [0.1, 2.2],
      },
    },
    {
      id: ids.casing,
      type: 'line',
      source,
      layout: round,
      paint: {
        'line-color': '#ffffff',
        'line-width': ['case', SELECTED, 11, TIE, 11, 7],
        'line-opacity': ['case', HIDDEN, 0, DIMMED, 0.5, 0.85],
      },
    },
    {
      id: ids.lines,
      type: 'line',
      source,
      layout: {
        'line-join': 'round',
        // Butt caps keep the gaps of a dash pattern open; realised flows keep round ends.
        'line-cap': ['case', UNREALISED, 'butt', 'round'],
      },
      paint: {
        'line-color': COLOUR,
        // A tie is two lines of 2 px either side of a 3 px gap; every other line is 4 px (6 selected).
        'line-width': ['case', TIE, 2, SELECTED, 6, 4],
        'line-gap-width': ['case', TIE, ['case', SELECTED, 5, 3], 0],
        'line-opacity': OPACITY,
        'line-dasharray': ['case', UNREALISED, ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    {
      id: ids.arrows,
      type: 'symbol',
      source,
      filter: ['==', ['get', 'arrows'], true],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'icon-image': ARROW_IMAGE_ID,
        'icon-size': 0.85,
        'icon-rotation-alignment': 'map',
        // Arrows say which way a flow goes; never let collision detection drop them.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': COLOUR,
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1.5,
        // An ended flow no longer moves: no arrows.
        'icon-opacity': ['case', ENDED, 0, OPACITY],
      },
    },
    {
      id: ids.ends,
      type: 'symbol',
      source: FLOW_END_SOURCE_ID,
      layout: {
        'icon-image': END_BAR_IMAGE_ID,
        'icon-rotate': ['get', 'rotate'],
        'icon-rotation-alignment': 'map',
        // Set back along the line from its end, clear of the dot it ends at (the offset turns with
        // the icon, whose x axis points along the line).
        'icon-offset': [-18, 0],
        // Big enough to read as a bar from the back of a room, not a tick on the line.
        'icon-size': 1.4,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': COLOUR,
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1.5,
        'icon-opacity': OPACITY,
      },
    },
  ]
}
