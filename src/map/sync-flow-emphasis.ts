/**
 * Flow lines follow the emphasis (lib/selection-emphasis.ts): the selection's flows and a stop's subject
 * drawn thick at full strength, a flow the stop shows as ended in grey without arrows, everything else
 * receding to grey. Only flows whose state changes are touched (setFeatureState), on the lines and on
 * the bars that end flows that ended.
 */
import { shallow } from 'zustand/shallow'
import { emphasisOf, type Emphasis } from '../lib/selection-emphasis'
import { changedFlowStates } from './flow-expressions'
import { FLOW_END_SOURCE_ID, FLOW_SOURCE_ID } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowEmphasis: SyncModule = (map, data, store) => {
  const flowIds = data.flows.map((f) => f.id)
  let applied: Emphasis | null = null

  const apply = (next: Emphasis) => {
    // While the style is away (a lost WebGL context), skip: the reset below sets every flow again.
    if (!style.ready()) return
    for (const [id, state] of changedFlowStates(flowIds, applied, next)) {
      map.setFeatureState({ source: FLOW_SOURCE_ID, id }, { ...state })
      map.setFeatureState({ source: FLOW_END_SOURCE_ID, id }, { ...state })
    }
    applied = next
  }
  const current = () => {
    const s = store.getState()
    return emphasisOf(data, s.selection, s.focus)
  }

  // A new style starts with no feature-state: set every flow again.
  const style = onStyleReset(map, () => {
    applied = null
    apply(current())
  })
  const unsubscribe = store.subscribe(
    (s) => [s.selection, s.focus] as const,
    () => apply(current()),
    { fireImmediately: true, equalityFn: shallow },
  )
  return () => {
    unsubscribe()
    style.stop()
  }
}
