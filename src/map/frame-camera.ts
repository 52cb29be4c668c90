/**
 * Where the camera goes for a target (lib/explorer-view.ts CameraTarget): an exact camera as it is, a
 * framing fitted into the part of the map nothing covers (fit-padding.ts), with room for the names that
 * hang off its places, and never closer than a zoom where one place would fill the screen.
 */
import { LngLat, LngLatBounds, type Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import { unwrapLng, type Arc, type LngLat as Point } from '../lib/arcs'
import type { Camera, CameraTarget, Framing } from '../lib/explorer-view'
import { fitPadding } from './fit-padding'
import { obstructionRects } from './map-obstructions'

/** A fit never zooms in past this: a single place keeps its surroundings (a region, not a street). */
export const FIT_MAX_ZOOM = 5.6

/**
 * The explorer's first view: the four headline places, with the places around them (Seoul, Tokyo, the
 * Korean Peninsula) that lie within half as far again as the headline places spread; far capitals
 * (Moscow, Beijing, Washington) stay off it, behind their edge chips.
 */
export function homeFraming(data: Pick<Dataset, 'places'>): Framing {
  const headline = data.places.filter((p) => p.headline)
  if (!headline.length) return { places: data.places.map((p) => p.id), flows: [] }
  const lngs = headline.map((p) => p.lngLat[0])
  const lats = headline.map((p) => p.lngLat[1])
  const [w, e, s, n] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)]
  const dx = (e - w) / 2
  const dy = (n - s) / 2
  return {
    places: data.places
      .filter(
        ({ lngLat: [lng, lat] }) =>
          lng >= w - dx && lng <= e + dx && lat >= s - dy && lat <= n + dy,
      )
      .map((p) => p.id),
    flows: [],
  }
}

/** Every point a framing must show: its places, every point of its flows' lines, the corners of its area. */
export function framingPoints(
  data: Pick<Dataset, 'placeById'>,
  arcs: ReadonlyMap<string, Arc>,
  framing: Framing,
): Point[] {
  const points: Point[] = []
  for (const id of framing.places) {
    const p = data.placeById.get(id)
    if (p) points.push(p.lngLat)
  }
  for (const id of framing.flows) points.push(...(arcs.get(id)?.coordinates ?? []))
  if (framing.bounds) points.push(framing.bounds[0], framing.bounds[1])
  return points
}

/** Room for names and edge chips around the framed area, by the map's size. */
function nameRoom(width: number, height: number) {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v))
  return { x: clamp(width * 0.07, 40, 150), y: clamp(height * 0.07, 40, 100) }
}

/** The camera that fits `points` into the open part of the map, or null (no points, no room). */
export function fitCamera(map: MaplibreMap, points: readonly Point[]): Camera | null {
  const [first, ...rest] = points
  if (!first) return null
  // One world copy: each point within half a turn of the first (Washington east of Asia, not west).
  const bounds = rest.reduce(
    (b, [lng, lat]) => b.extend([unwrapLng(lng, first[0]), lat]),
    new LngLatBounds([first[0], first[1]], [first[0], first[1]]),
  )
  const container = map.getContainer()
  const { clientWidth: w, clientHeight: h } = container
  if (!w || !h) return null
  const padding = fitPadding(w, h, obstructionRects(container), nameRoom(w, h))
  const fit = map.cameraForBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM })
  if (!fit?.center || fit.zoom === undefined) return null
  const { lng, lat } = LngLat.convert(fit.center).wrap()
  return { center: [lng, lat], zoom: fit.zoom, bearing: 0, pitch: 0 }
}

/** The camera for a target on this map as it is now (its size, what covers it). */
export function resolveTarget(
  map: MaplibreMap,
  data: Pick<Dataset, 'places' | 'placeById'>,
  arcs: ReadonlyMap<string, Arc>,
  target: CameraTarget,
): Camera | null {
  switch (target.kind) {
    case 'camera':
      return target.camera
    case 'home':
      return fitCamera(map, framingPoints(data, arcs, homeFraming(data)))
    case 'fit':
      return fitCamera(map, framingPoints(data, arcs, target.framing))
  }
}
