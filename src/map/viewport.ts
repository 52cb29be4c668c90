/**
 * Where things are on screen. Points are taken on the copy of the world nearest the map's centre, as
 * MapLibre's markers are, so Washington seen from North-East Asia lies east across the Pacific.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import { unwrapLng, type LngLat } from '../lib/arcs'
import { oncePerFrame } from './once-per-frame'
import type { Teardown } from './sync-types'

export function nearCentre(map: MaplibreMap, [lng, lat]: LngLat): [number, number] {
  return [unwrapLng(lng, map.getCenter().lng), lat]
}

export function screenPoint(map: MaplibreMap, lngLat: LngLat): { x: number; y: number } {
  return map.project(nearCentre(map, lngLat))
}

/** Whether every point is on screen at least `inset` px in from each side. */
export function allInView(map: MaplibreMap, points: readonly LngLat[], inset = 0): boolean {
  const { clientWidth: w, clientHeight: h } = map.getContainer()
  return points.every((p) => {
    const { x, y } = screenPoint(map, p)
    return x >= inset && x <= w - inset && y >= inset && y <= h - inset
  })
}

/** Whether a screen point lies outside a `width` x `height` view. */
export function isOffscreen(
  { x, y }: { x: number; y: number },
  width: number,
  height: number,
): boolean {
  return x < 0 || y < 0 || x > width || y > height
}

/** Calls `update` now and after the view changes, at most once per frame. */
export function onViewChange(map: MaplibreMap, update: () => void): Teardown {
  const { schedule, cancel } = oncePerFrame(update)
  map.on('move', schedule)
  map.on('resize', schedule)
  update()
  return () => {
    map.off('move', schedule)
    map.off('resize', schedule)
    cancel()
  }
}

/**
 * Room to leave around what a camera move frames: enough for the names hanging off places at the sides,
 * but never so much on a phone that nothing is left in the middle.
 */
export function fitPadding(map: MaplibreMap): {
  top: number
  bottom: number
  left: number
  right: number
} {
  const { clientWidth: w, clientHeight: h } = map.getContainer()
  const side = Math.round(Math.min(130, w * 0.18))
  const end = Math.round(Math.min(70, h * 0.14))
  return { top: end, bottom: end, left: side, right: side }
}
