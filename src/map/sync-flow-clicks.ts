/**
 * Pointing at flow lines: a pointer cursor over one, and a click selects it. A thin line is hard to hit,
 * so anything within HIT_SLOP_PX / 2 of the pointer counts, and where several lines are that close the
 * nearest wins (not the one drawn on top). The query asks the drawn lines themselves rather than a wide
 * invisible layer, which cost the map a layer to build and draw (measured at startup by `npm run bench`).
 * Filtered-out flows are still in the layers (hidden by feature-state, sync-flow-layers.ts), so only
 * visible flows count here. Clicks on marker buttons also reach the map; those are the markers' own and
 * are ignored here.
 */
import type { MapMouseEvent } from 'maplibre-gl'
import { visibleFor } from '../lib/visibility'
import { FLOW_LAYER_IDS } from './layers'
import { nearestLine, type ScreenPoint } from './screen-distance'
import type { SyncModule } from './sync-types'

/** The side of the square around the pointer that counts as on a line: as wide as a finger's pad. */
export const HIT_SLOP_PX = 16
/** The coloured lines, not their white casing: that is wider, and would make a neighbour count. */
const QUERY_LAYERS = [FLOW_LAYER_IDS.lines]

export const syncFlowClicks: SyncModule = (map, data, store) => {
  const canvas = map.getCanvas()
  /** The visible flows' features within the slop of the pointer, topmost first. */
  const visibleFeaturesAt = (e: MapMouseEvent) => {
    const { x, y } = e.point
    const r = HIT_SLOP_PX / 2
    const visible = visibleFor(data, store.getState().filters).flows
    return map
      .queryRenderedFeatures(
        [
          [x - r, y - r],
          [x + r, y + r],
        ],
        { layers: QUERY_LAYERS },
      )
      .filter((f) => typeof f.properties.id === 'string' && visible.has(f.properties.id))
  }
  /** The visible flow nearest the pointer within the slop, if any. Only a click needs the nearest. */
  const visibleFlowAt = (e: MapMouseEvent): string | undefined => {
    const project = ([lng, lat]: number[]): ScreenPoint => map.project([lng!, lat!])
    const candidates = visibleFeaturesAt(e).map((f) => {
      const g = f.geometry
      const lines =
        g.type === 'LineString'
          ? [g.coordinates]
          : g.type === 'MultiLineString'
            ? g.coordinates
            : []
      return { id: f.properties.id as string, lines: lines.map((line) => line.map(project)) }
    })
    return nearestLine(e.point, candidates)
  }
  let pointing = false
  const onMove = (e: MapMouseEvent) => {
    // Hovering needs only whether a line is near: no projecting of line geometry on every move.
    const over = visibleFeaturesAt(e).length > 0
    // Only touched on a change: the cursor style is written once per entry and exit.
    if (over !== pointing) canvas.style.cursor = over ? 'pointer' : ''
    pointing = over
  }
  const onLeave = () => {
    pointing = false
    canvas.style.cursor = ''
  }
  const onClick = (e: MapMouseEvent) => {
    const target = e.originalEvent.target
    if (target instanceof Element && target.closest('.maplibregl-marker')) return
    const id = visibleFlowAt(e)
    if (id) store.getState().select({ kind: 'flow', id })
  }
  map.on('mousemove', onMove)
  map.on('mouseout', onLeave)
  map.on('click', onClick)
  return () => {
    map.off('mousemove', onMove)
    map.off('mouseout', onLeave)
    map.off('click', onClick)
    canvas.style.cursor = ''
  }
}
