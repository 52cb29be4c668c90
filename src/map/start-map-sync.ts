/** Starts every sync module on a loaded map, in order, and returns one teardown that stops them in reverse. */
import type { Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import { syncCamera } from './sync-camera'
import { syncFlowClicks } from './sync-flow-clicks'
import { syncFlowEmphasis } from './sync-flow-emphasis'
import { syncFlowLayers } from './sync-flow-layers'
import { syncJourney } from './sync-journey'
import { syncLabels } from './sync-labels'
import { syncMapState } from './sync-map-state'
import { syncResetControl } from './sync-reset-control'
import { syncSelectionCamera } from './sync-selection-camera'
import type { AppStoreApi, SyncModule, Teardown } from './sync-types'

/**
 * Order matters: layers before their emphasis (feature-state needs the source); the reset control before
 * the labels, which keep clear of it; the camera after the labels' first layout is asked for; and the
 * map-state tracker last so its first `idle` comes after everything above is drawn.
 */
export const SYNC_MODULES: readonly SyncModule[] = [
  syncFlowLayers,
  syncFlowEmphasis,
  syncJourney,
  syncFlowClicks,
  syncResetControl,
  syncLabels,
  syncCamera,
  syncSelectionCamera,
  syncMapState,
]

export function startMapSync(map: MaplibreMap, data: Dataset, store: AppStoreApi): Teardown {
  const teardowns: Teardown[] = []
  for (const start of SYNC_MODULES) teardowns.push(start(map, data, store))
  return () => {
    for (const stop of teardowns.reverse()) stop()
  }
}
