/**
 * Flow lines follow the selection: the selected flow, the flows of a selected place or event drawn thick,
 * the rest faded. Only flows whose state changes are touched (setFeatureState).
 */
import { changedFlowStates } from './flow-expressions'
import { FLOW_SOURCE_ID } from './layers'
import { emphasisOf, type Emphasis } from '../lib/selection-emphasis'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowEmphasis: SyncModule = (map, data, store) => {
  const flowIds = data.flows.map((f) => f.id)
  let applied: Emphasis | null = null

  const apply = (next: Emphasis) => {
    // While the style is away (a lost WebGL context), skip: the reset below sets every flow again.
    if (!style.ready()) return
    for (const [id, state] of changedFlowStates(flowIds, applied, next)) {
      map.setFeatureState({ source: FLOW_SOURCE_ID, id }, { ...state })
    }
    applied = next
  }

  // A new style starts with no feature-state: set every flow again.
  const style = onStyleReset(map, () => {
    applied = null
    apply(emphasisOf(data, store.getState().selection))
  })
  const unsubscribe = store.subscribe(
    (s) => s.selection,
    (selection) => apply(emphasisOf(data, selection)),
    { fireImmediately: true },
  )
  return () => {
    unsubscribe()
    style.stop()
  }
}
