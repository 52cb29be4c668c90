/** The shape every sync module shares: start it with the map, the data and the store; call the result to stop. */
import type { Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import type { useAppStore } from '../store'

/** The app's store with subscribeWithSelector; passed in so a browser test can hand over its own. */
export type AppStoreApi = typeof useAppStore

export type Teardown = () => void

export type SyncModule = (map: MaplibreMap, data: Dataset, store: AppStoreApi) => Teardown

/** What onStyleReset gives back: whether the style can take writes now, and the teardown. */
export interface StyleWatch {
  /**
   * False from a lost WebGL context until the restored style has loaded. MapLibre drops the style
   * when the context is lost (setFeatureState then throws on null:
   * https://github.com/maplibre/maplibre-gl-js/issues/7710) and rebuilds it when the context comes
   * back (setFilter throws "Style is not done loading" until it has). Writes are skipped in that
   * window; `reapply` brings the map up to date with the store once the style is back.
   */
  ready: () => boolean
  stop: Teardown
}

/**
 * Runs `reapply` after a style reload (our layers and feature-state are gone) and after a lost WebGL
 * context comes back. MapLibre 6 restores a context by setting the style again from a snapshot
 * (https://github.com/maplibre/maplibre-gl-js/pull/6398), so the style is not loaded when
 * `webglcontextrestored` fires; `style.load` follows and reapplies then.
 */
export function onStyleReset(map: MaplibreMap, reapply: () => void): StyleWatch {
  let lost = false
  const onLoad = () => {
    lost = false
    reapply()
  }
  const onLost = () => {
    lost = true
  }
  const onRestored = () => {
    if (map.isStyleLoaded()) onLoad()
  }
  map.on('style.load', onLoad)
  map.on('webglcontextlost', onLost)
  map.on('webglcontextrestored', onRestored)
  return {
    ready: () => !lost,
    stop: () => {
      map.off('style.load', onLoad)
      map.off('webglcontextlost', onLost)
      map.off('webglcontextrestored', onRestored)
    },
  }
}
