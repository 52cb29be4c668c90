/**
 * Brings a newly selected place, flow or event into view when it is off screen or under the legend,
 * gently; frames a place picked on a map zoomed out to a continent closer, in its own surroundings;
 * leaves the camera alone when the selection is already comfortably in view. Does nothing when the same
 * update also asked for a camera (a link, back/forward and a briefing stop carry both, and their view
 * wins). The move is the map's own: the store hears of it as a move away from the last request.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import { shallow } from 'zustand/shallow'
import type { Dataset } from '../data/dataset'
import type { Arc, LngLat } from '../lib/arcs'
import type { Selection } from '../store'
import { prefersReducedMotion } from './dom'
import { flowArcs } from './flow-geometry'
import { fitCamera } from './frame-camera'
import { obstructionRects } from './map-obstructions'
import { rectsOverlap } from './rect'
import type { SyncModule } from './sync-types'
import { screenPoint } from './viewport'

/** "Comfortably in view": this far in from every edge, in px, and clear of the legend and controls. */
const COMFORT_INSET = 48
/** A place picked below this zoom (a continent) is framed closer... */
const PLACE_MIN_ZOOM = 3.6
/** ...but not closer than this: the region around it matters. */
const PLACE_ZOOM = 4.6

function pointsOf(data: Dataset, arcs: ReadonlyMap<string, Arc>, s: Selection): LngLat[] {
  const flowPoints = (id: string) => arcs.get(id)?.coordinates ?? []
  const placePoint = (id: string) => {
    const p = data.placeById.get(id)
    return p ? [p.lngLat] : []
  }
  switch (s.kind) {
    case 'place':
      return placePoint(s.id)
    case 'flow':
      return flowPoints(s.id)
    case 'event': {
      const e = data.eventById.get(s.id)
      return e ? [...e.places.flatMap(placePoint), ...e.flows.flatMap(flowPoints)] : []
    }
  }
}

function comfortablyInView(map: MaplibreMap, points: readonly LngLat[]): boolean {
  const container = map.getContainer()
  const { clientWidth: w, clientHeight: h } = container
  const covers = obstructionRects(container)
  return points.every((p) => {
    const { x, y } = screenPoint(map, p)
    const inside =
      x >= COMFORT_INSET && x <= w - COMFORT_INSET && y >= COMFORT_INSET && y <= h - COMFORT_INSET
    const dot = { left: x - 12, top: y - 12, right: x + 12, bottom: y + 12 }
    return inside && !covers.some((c) => rectsOverlap(c, dot))
  })
}

function bringIntoView(map: MaplibreMap, points: readonly LngLat[], isPlace: boolean) {
  if (!points.length) return
  const tooFar = isPlace && map.getZoom() < PLACE_MIN_ZOOM
  if (!tooFar && comfortablyInView(map, points)) return
  const fit = fitCamera(map, points)
  if (!fit) return
  // A place is framed in its region, not filling the screen (closer only from continent scale); a flow
  // or an event is fitted whole, zooming out if it must but never further in than the person was.
  const zoom = isPlace
    ? Math.max(map.getZoom(), Math.min(fit.zoom, PLACE_ZOOM))
    : Math.min(fit.zoom, map.getZoom())
  const camera = { center: [fit.center[0], fit.center[1]] as [number, number], zoom }
  const own = { ownMove: true }
  if (prefersReducedMotion()) map.jumpTo(camera, own)
  else map.easeTo({ ...camera, essential: true, duration: 1200 }, own)
}

export const syncSelectionCamera: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)
  let lastSeq = store.getState().cameraRequest.seq
  return store.subscribe(
    (s) => [s.selection, s.cameraRequest.seq] as const,
    ([selection, seq], [previous]) => {
      const requested = seq !== lastSeq
      lastSeq = seq
      if (requested || !selection || selection === previous) return
      bringIntoView(map, pointsOf(data, arcs, selection), selection.kind === 'place')
    },
    { equalityFn: shallow },
  )
}
