/**
 * Brings a newly selected place, flow or event into view when it is off screen, gently; leaves the camera
 * alone when it is already comfortably in view. Does nothing when the same update also asked for a camera
 * (a link or back/forward carries both, and the link's view wins).
 */
import { LngLatBounds, type Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import type { LngLat } from '../lib/arcs'
import type { Selection } from '../store'
import { prefersReducedMotion } from './dom'
import { flowArcs } from './flow-geometry'
import type { SyncModule } from './sync-types'
import { allInView, fitPadding, nearCentre } from './viewport'

/** "Comfortably in view": this far in from every edge, in px. */
const COMFORT_INSET = 48
/** Fitting a small thing never zooms in past this: the context around it matters. */
const FIT_MAX_ZOOM = 6

function pointsOf(
  data: Dataset,
  arcs: ReadonlyMap<string, { coordinates: LngLat[] }>,
  s: Selection,
): LngLat[] {
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

function bringIntoView(map: MaplibreMap, points: readonly LngLat[]) {
  const [first, ...rest] = points.map((p) => nearCentre(map, p))
  if (!first || allInView(map, points, COMFORT_INSET)) return
  const motion = prefersReducedMotion() ? { duration: 0 } : { essential: true, duration: 1200 }
  const bounds = rest.reduce((b, p) => b.extend(p), new LngLatBounds(first, first))
  const single = bounds.getWest() === bounds.getEast() && bounds.getSouth() === bounds.getNorth()
  if (single) map.easeTo({ center: bounds.getCenter(), ...motion })
  else
    map.fitBounds(bounds, {
      padding: fitPadding(map),
      maxZoom: Math.max(FIT_MAX_ZOOM, map.getZoom()),
      ...motion,
    })
}

export const syncSelectionCamera: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)
  let stopped = false
  const unsubscribe = store.subscribe(
    (s) => s.selection,
    (selection) => {
      if (!selection) return
      const seq = store.getState().cameraRequest?.seq
      // Wait for the rest of this update: a camera request made alongside the selection takes priority.
      queueMicrotask(() => {
        if (stopped || store.getState().cameraRequest?.seq !== seq) return
        if (store.getState().selection !== selection) return
        bringIntoView(map, pointsOf(data, arcs, selection))
      })
    },
  )
  return () => {
    stopped = true
    unsubscribe()
  }
}
