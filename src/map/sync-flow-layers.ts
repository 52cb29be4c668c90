/**
 * Flow lines on the map: adds them, and shows only the flows the filters leave visible (setFilter, only
 * when the visible set changes). Feature-state emphasis lives in sync-flow-emphasis.ts.
 */
import type { FilterSpecification } from 'maplibre-gl'
import { visibleFor } from '../lib/visibility'
import { flowLayerFilter } from './flow-expressions'
import { flowArcs, flowFeatures } from './flow-geometry'
import { installFlowLayers } from './install-flow-layers'
import { FLOW_LAYER_IDS } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncFlowLayers: SyncModule = (map, data, store) => {
  const features = flowFeatures(data, flowArcs(data))
  installFlowLayers(map, features)

  /** The filter each layer was last given, as JSON, so an equal filter is never set twice. */
  const applied = new Map<string, string>()
  const apply = (visibleFlows: ReadonlySet<string>) => {
    // While the style is away (a lost WebGL context), skip: the reset below applies the latest filters.
    if (!style.ready()) return
    for (const layer of Object.values(FLOW_LAYER_IDS)) {
      const filter: FilterSpecification = flowLayerFilter(layer, visibleFlows)
      const key = JSON.stringify(filter)
      if (applied.get(layer) === key) continue
      map.setFilter(layer, filter)
      applied.set(layer, key)
    }
  }

  const style = onStyleReset(map, () => {
    installFlowLayers(map, features)
    applied.clear()
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
