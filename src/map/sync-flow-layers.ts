/**
 * Flow lines on the map: adds them, and shows only the flows the filters leave visible, by a `hidden`
 * feature-state on the flows whose visibility changed. Not setFilter: that sends every flow tile back
 * through the worker, several frames before the map is idle again; a feature-state change is repainted
 * in the next frame. Emphasis (also feature-state) lives in sync-flow-emphasis.ts.
 */
import { visibleFor, type IdSet } from '../lib/visibility'
import { changedHiddenFlows } from './flow-expressions'
import { flowArcs, flowFeatures } from './flow-geometry'
import { installFlowLayers } from './install-flow-layers'
import { FLOW_SOURCE_ID } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowLayers: SyncModule = (map, data, store) => {
  const features = flowFeatures(data, flowArcs(data))
  installFlowLayers(map, features)

  const flowIds = features.features.map((f) => f.properties.id)
  /** The visible flows as last set on the map; null when nothing has been set on this style. */
  let applied: IdSet | null = null
  const apply = (visible: IdSet) => {
    // While the style is away (a lost WebGL context), skip: the reset below applies the latest filters.
    if (!style.ready()) return
    for (const [id, hidden] of changedHiddenFlows(flowIds, applied, visible))
      map.setFeatureState({ source: FLOW_SOURCE_ID, id }, { hidden })
    applied = visible
  }

  // A new style starts with no feature-state: set every flow again.
  const style = onStyleReset(map, () => {
    installFlowLayers(map, features)
    applied = null
    apply(visibleFor(data, store.getState().filters).flows)
  })
  const unsubscribe = store.subscribe(
    (s) => s.filters,
    (filters) => apply(visibleFor(data, filters).flows),
    { fireImmediately: true },
  )
  return () => {
    unsubscribe()
    style.stop()
  }
}
