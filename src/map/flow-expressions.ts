/**
 * Pure functions from the app's state to what the flow layers are given: filters for what is visible and
 * feature-state for what is emphasised. No MapLibre objects here, so they are unit-tested without WebGL.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { FLOW_LAYER_FILTER_BASE, type FlowFeatureState, type FlowLayerId } from './layers'
import type { Emphasis } from './selection-emphasis'

/**
 * The part of a flow layer's filter that keeps only the visible flows, or null when all are visible.
 * It lists whichever is shorter, the visible or the hidden flows, and tests membership with `match`,
 * whose labels MapLibre looks up by key; `in` over a literal array scans the whole list for every
 * feature, on every layer and tile, which with 2,000 flows is millions of comparisons per change.
 * Listed in the data's order, so equal sets give equal filters and the map is not touched twice.
 */
export function visibleFlowsFilter(
  flowIds: readonly string[],
  visible: { has(id: string): boolean },
): ExpressionSpecification | boolean | null {
  const shown = flowIds.filter((id) => visible.has(id))
  if (shown.length === flowIds.length) return null
  if (shown.length === 0) return false
  if (shown.length <= flowIds.length / 2) return ['match', ['get', 'id'], shown, true, false]
  const hidden = flowIds.filter((id) => !visible.has(id))
  return ['match', ['get', 'id'], hidden, false, true]
}

/**
 * A layer's full filter: its own part (solid or dashed) and the visible-flow part; null (no filter)
 * when the layer has no part of its own and every flow is visible.
 */
export function flowLayerFilter(
  layer: FlowLayerId,
  visiblePart: ExpressionSpecification | boolean | null,
): FilterSpecification | null {
  const base = FLOW_LAYER_FILTER_BASE[layer]
  if (visiblePart === null) return base
  return base ? ['all', base, visiblePart] : visiblePart
}

export function flowFeatureState(id: string, emphasis: Emphasis): FlowFeatureState {
  const highlighted = emphasis.highlightedFlows.has(id)
  return { selected: highlighted, dimmed: emphasis.dimOthers && !highlighted }
}

/** The flows whose feature-state must change to go from `before` to `after`, with their new state. */
export function changedFlowStates(
  flowIds: readonly string[],
  before: Emphasis | null,
  after: Emphasis,
): Map<string, FlowFeatureState> {
  const changes = new Map<string, FlowFeatureState>()
  for (const id of flowIds) {
    const next = flowFeatureState(id, after)
    const prev = before && flowFeatureState(id, before)
    if (!prev || prev.selected !== next.selected || prev.dimmed !== next.dimmed)
      changes.set(id, next)
  }
  return changes
}
