/** The shape every sync module shares: start it with the map, the data and the store; call the result to stop. */
import type { Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import type { useAppStore } from '../store'

/** The app's store with subscribeWithSelector; passed in so a browser test can hand over its own. */
export type AppStoreApi = typeof useAppStore

export type Teardown = () => void

export type SyncModule = (map: MaplibreMap, data: Dataset, store: AppStoreApi) => Teardown

/**
 * Runs `reapply` after a style reload (our layers and feature-state are gone) and after a lost WebGL
 * context comes back. MapLibre 6 restores a context by setting the style again from a snapshot, so the
 * style is not loaded when `webglcontextrestored` fires; `style.load` follows and reapplies then.
 */
export function onStyleReset(map: MaplibreMap, reapply: () => void): Teardown {
  const onRestored = () => {
    if (map.isStyleLoaded()) reapply()
  }
  map.on('style.load', reapply)
  map.on('webglcontextrestored', onRestored)
  return () => {
    map.off('style.load', reapply)
    map.off('webglcontextrestored', onRestored)
  }
}
