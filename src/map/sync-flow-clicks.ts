/**
 * Pointing at flow lines: a pointer cursor over one, and a click selects it. A wide invisible layer takes
 * the clicks so a thin line is easy to hit. Filtered-out flows are still in the layers (hidden by
 * feature-state, sync-flow-layers.ts), so only visible flows count here. Clicks on marker buttons also
 * reach the map; those are the markers' own and are ignored here.
 */
import type { MapLayerMouseEvent } from 'maplibre-gl'
import { visibleFor } from '../lib/visibility'
import { FLOW_LAYER_IDS } from './layers'
import type { SyncModule } from './sync-types'

const HIT = FLOW_LAYER_IDS.hit

export const syncFlowClicks: SyncModule = (map, data, store) => {
  const canvas = map.getCanvas()
  /** The top visible flow under the pointer, if any. */
  const visibleFlowAt = (e: MapLayerMouseEvent): string | undefined => {
    const visible = visibleFor(data, store.getState().filters).flows
    for (const f of e.features ?? []) {
      const id: unknown = f.properties?.id
      if (typeof id === 'string' && visible.has(id)) return id
    }
    return undefined
  }
  const onMove = (e: MapLayerMouseEvent) => {
    canvas.style.cursor = visibleFlowAt(e) ? 'pointer' : ''
  }
  const onLeave = () => {
    canvas.style.cursor = ''
  }
  const onClick = (e: MapLayerMouseEvent) => {
    const target = e.originalEvent.target
    if (target instanceof Element && target.closest('.maplibregl-marker')) return
    const id = visibleFlowAt(e)
    if (id) store.getState().select({ kind: 'flow', id })
  }
  map.on('mousemove', HIT, onMove)
  map.on('mouseleave', HIT, onLeave)
  map.on('click', HIT, onClick)
  return () => {
    map.off('mousemove', HIT, onMove)
    map.off('mouseleave', HIT, onLeave)
    map.off('click', HIT, onClick)
    canvas.style.cursor = ''
  }
}
