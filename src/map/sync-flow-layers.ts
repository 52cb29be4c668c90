/**
 * Flow lines on the map: adds them, and shows only the flows the filters leave visible (setFilter, only
 * when the visible set changes). Feature-state emphasis lives in sync-flow-emphasis.ts.
 */
import { visibleFor, type IdSet } from '../lib/visibility'
import { flowLayerFilter, visibleFlowsFilter } from './flow-expressions'
import { flowArcs, flowFeatures } from './flow-geometry'
import { installFlowLayers } from './install-flow-layers'
import { FLOW_LAYER_IDS } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowLayers: SyncModule = (map, data, store) => {
  const features = flowFeatures(data, flowArcs(data))
  installFlowLayers(map, features)

  const flowIds = features.features.map((f) => f.properties.id)
  /** The visible-flow part last given to every layer, as JSON, so an equal one is never set twice. */
  let applied: string | null = null
  const apply = (visibleFlows: IdSet) => {
    // While the style is away (a lost WebGL context), skip: the reset below applies the latest filters.
    if (!style.ready()) return
    const part = visibleFlowsFilter(flowIds, visibleFlows)
    const key = JSON.stringify(part)
    if (applied === key) return
    // Each setFilter sends the layer's tiles back through the worker; the filter is the same for all.
    for (const layer of Object.values(FLOW_LAYER_IDS))
      map.setFilter(layer, flowLayerFilter(layer, part))
    applied = key
  }

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
