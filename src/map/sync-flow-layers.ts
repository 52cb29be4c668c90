/**
 * Flow lines on the map: adds them, and shows only the flows the filters leave visible, by a `hidden`
 * feature-state on the flows whose visibility changed. Not setFilter: that sends every flow tile back
 * through the worker, several frames before the map is idle again; a feature-state change is repainted
 * in the next frame. Emphasis (also feature-state) lives in sync-flow-emphasis.ts.
 */
import { visibleFor, type IdSet, type Visible } from '../lib/visibility'
import { changedHiddenFlows, changedMembers } from './flow-expressions'
import { flowArcs, flowEnds, flowFeatures } from './flow-geometry'
import { installFlowLayers } from './install-flow-layers'
import { FLOW_END_SOURCE_ID, FLOW_SOURCE_ID } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowLayers: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)
  const features = flowFeatures(data, arcs)
  const ends = flowEnds(data, arcs)
  installFlowLayers(map, features, ends)

  const flowIds = features.features.map((f) => f.properties.id)
  /** The visible and loosely kept flows as last set on the map; null when nothing is set on this style. */
  let applied: IdSet | null = null
  let appliedLoose: IdSet | null = null
  const set = (id: string, state: Record<string, boolean>) => {
    map.setFeatureState({ source: FLOW_SOURCE_ID, id }, state)
    map.setFeatureState({ source: FLOW_END_SOURCE_ID, id }, state)
  }
  const apply = ({ flows, loose }: Visible) => {
    // While the style is away (a lost WebGL context), skip: the reset below applies the latest filters.
    if (!style.ready()) return
    for (const [id, hidden] of changedHiddenFlows(flowIds, applied, flows)) set(id, { hidden })
    // Kept in only because undated, or because an era runs past the chosen years: drawn lighter.
    for (const [id, isLoose] of changedMembers(flowIds, appliedLoose, loose.flows))
      set(id, { loose: isLoose })
    applied = flows
    appliedLoose = loose.flows
  }

  // A new style starts with no feature-state: set every flow again.
  const style = onStyleReset(map, () => {
    installFlowLayers(map, features, ends)
    applied = null
    appliedLoose = null
    apply(visibleFor(data, store.getState().filters))
  })
  const unsubscribe = store.subscribe(
    (s) => s.filters,
    (filters) => apply(visibleFor(data, filters)),
    { fireImmediately: true },
  )
  return () => {
    unsubscribe()
    style.stop()
  }
}
