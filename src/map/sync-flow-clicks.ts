/**
 * Pointing at flow lines: a pointer cursor over one, and a click selects it. A wide invisible layer takes
 * the clicks so a thin line is easy to hit. Clicks on marker buttons also reach the map; those are the
 * markers' own and are ignored here.
 */
import type { MapLayerMouseEvent } from 'maplibre-gl'
import { FLOW_LAYER_IDS } from './layers'
import type { SyncModule } from './sync-types'

const HIT = FLOW_LAYER_IDS.hit

export const syncFlowClicks: SyncModule = (map, _data, store) => {
  const canvas = map.getCanvas()
  const onEnter = () => {
    canvas.style.cursor = 'pointer'
  }
  const onLeave = () => {
    canvas.style.cursor = ''
  }
  const onClick = (e: MapLayerMouseEvent) => {
    const target = e.originalEvent.target
    if (target instanceof Element && target.closest('.maplibregl-marker')) return
    const id: unknown = e.features?.[0]?.properties?.id
    if (typeof id === 'string') store.getState().select({ kind: 'flow', id })
  }
  map.on('mouseenter', HIT, onEnter)
  map.on('mouseleave', HIT, onLeave)
  map.on('click', HIT, onClick)
  return () => {
    map.off('mouseenter', HIT, onEnter)
    map.off('mouseleave', HIT, onLeave)
    map.off('click', HIT, onClick)
    canvas.style.cursor = ''
  }
}
