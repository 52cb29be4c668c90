/**
 * The story's own map layers: flows as curved lines with arrowheads. Typed constants, so the sync
 * modules and tests name the same ids. Per-flow emphasis (`selected`, `dimmed`) and visibility (`hidden`)
 * come from feature-state, so the data and the layers are set once: a filter change then only
 * repaints, where setFilter sent every flow tile back through the worker (several frames).
 */
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl'
import type { FeatureCollection, LineString } from 'geojson'
import type { FlowKind, FlowStatus } from '../data/schema'

export const FLOW_SOURCE_ID = 'story-flows'
export const ARROW_IMAGE_ID = 'story-flow-arrow'

/** Bottom to top. */
export const FLOW_LAYER_IDS = {
  casing: 'story-flows-casing',
  lines: 'story-flows-lines',
  arrows: 'story-flows-arrows',
} as const

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
}
export type FlowFeatures = FeatureCollection<LineString, FlowFeatureProps>

/** Per-flow state the map keeps outside the data (setFeatureState). */
export interface FlowFeatureState {
  selected: boolean
  dimmed: boolean
}

export function flowSource(data: FlowFeatures): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: 'id' }
}

const SELECTED: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false]
const DIMMED: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false]
/** Filtered out (sync-flow-layers.ts): drawn fully transparent, and clicks on it are ignored. */
const HIDDEN: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false]

/** Other flows fade when something is selected; finished history is lighter than the present. */
const FLOW_OPACITY: ExpressionSpecification = [
  'case',
  HIDDEN,
  0,
  DIMMED,
  0.2,
  ['==', ['get', 'historical'], true],
  0.6,
  0.95,
]
/** Sought or never built: drawn dashed. */
const UNREALISED: ExpressionSpecification = ['==', ['get', 'unrealised'], true]
const LINE_WIDTH: ExpressionSpecification = ['case', SELECTED, 6, 3]

export function flowLayers(): LayerSpecification[] {
  const ids = FLOW_LAYER_IDS
  const source = FLOW_SOURCE_ID
  const round = { 'line-join': 'round', 'line-cap': 'round' } as const
  return [
    {
      id: ids.casing,
      type: 'line',
      source,
      layout: round,
      paint: {
        'line-color': '#ffffff',
        'line-width': ['case', SELECTED, 10, 6],
        'line-opacity': ['case', HIDDEN, 0, DIMMED, 0.25, 0.85],
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
        'line-color': ['get', 'colour'],
        'line-width': LINE_WIDTH,
        'line-opacity': FLOW_OPACITY,
        'line-dasharray': ['case', UNREALISED, ['literal', [2, 1.5]], ['literal', [1, 0]]],
      },
    },
    {
      id: ids.arrows,
      type: 'symbol',
      source,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'icon-image': ARROW_IMAGE_ID,
        'icon-size': 0.8,
        'icon-rotation-alignment': 'map',
        // Arrows say which way a flow goes; never let collision detection drop them.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-color': ['get', 'colour'],
        'icon-halo-color': '#ffffff',
        'icon-halo-width': 1.5,
        'icon-opacity': FLOW_OPACITY,
      },
    },
  ]
}
