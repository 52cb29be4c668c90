/**
 * Pure functions from the app's state to the feature-state the flow layers are given: what is hidden
 * and what is emphasised. No MapLibre objects here, so they are unit-tested without WebGL.
 */
import type { FlowFeatureState } from './layers'
import type { Emphasis } from '../lib/selection-emphasis'

/**
 * The flows whose `hidden` feature-state must change to go from `before` (null: nothing set yet) to
 * `after`, with their new value. Only these are touched, so a filter change costs what it changes.
 */
export function changedHiddenFlows(
  flowIds: readonly string[],
  before: { has(id: string): boolean } | null,
  after: { has(id: string): boolean },
): Map<string, boolean> {
  // Hidden is not being a member of the shown set.
  const shown = changedMembers(flowIds, before, after)
  return new Map([...shown].map(([id, isShown]) => [id, !isShown]))
}

/**
 * The flows whose membership of a set must change to go from `before` (null: nothing set yet) to
 * `after`, with whether they are in it now (the loosely kept flows, drawn lighter).
 */
export function changedMembers(
  flowIds: readonly string[],
  before: { has(id: string): boolean } | null,
  after: { has(id: string): boolean },
): Map<string, boolean> {
  const changes = new Map<string, boolean>()
  for (const id of flowIds) {
    const inside = after.has(id)
    if (!before || before.has(id) !== inside) changes.set(id, inside)
  }
  return changes
}

export function flowFeatureState(id: string, emphasis: Emphasis): FlowFeatureState {
  const highlighted = emphasis.highlightedFlows.has(id)
  return {
    selected: highlighted,
    dimmed: emphasis.dimOthers && !highlighted,
    ended: emphasis.ended.has(id),
  }
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
    if (
      !prev ||
      prev.selected !== next.selected ||
      prev.dimmed !== next.dimmed ||
      prev.ended !== next.ended
    )
      changes.set(id, next)
  }
  return changes
}
