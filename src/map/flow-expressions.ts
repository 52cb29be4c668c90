/**
 * Pure functions from the app's state to what the flow layers are given: filters for what is visible and
 * feature-state for what is emphasised. No MapLibre objects here, so they are unit-tested without WebGL.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl'
import { FLOW_LAYER_FILTER_BASE, type FlowFeatureState, type FlowLayerId } from './layers'
import type { Emphasis } from './selection-emphasis'

/** Only the flows in `ids`. Sorted, so equal sets give equal filters and the map is not touched twice. */
export function visibleFlowsFilter(ids: Iterable<string>): ExpressionSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids].sort()]]
}

/** A layer's full filter: its own part (solid or dashed) and the visible flows. */
export function flowLayerFilter(
  layer: FlowLayerId,
  visibleIds: Iterable<string>,
): FilterSpecification {
  const visible = visibleFlowsFilter(visibleIds)
  const base = FLOW_LAYER_FILTER_BASE[layer]
  return base ? ['all', base, visible] : visible
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
