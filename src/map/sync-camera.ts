/**
 * The camera both ways, without loops (the pattern of maputnik's MapMaplibreGl): the map reports where it
 * ended up after every move, and follows `cameraRequest` when its `seq` changes. It never asks for a move
 * itself, so a report can never come back as a request.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import { sameCamera } from '../lib/explorer-view'
import type { Camera, CameraRequest } from '../store'
import { prefersReducedMotion } from './dom'
import type { SyncModule } from './sync-types'

/** The map's camera as the store keeps it: longitude in -180..180 so links stay valid. */
export function readCamera(map: MaplibreMap): Camera {
  const { lng, lat } = map.getCenter().wrap()
  return {
    center: [lng, lat],
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  }
}

function follow(map: MaplibreMap, request: CameraRequest) {
  const { center, zoom, bearing, pitch } = request.camera
  const target = { center: [center[0], center[1]] as [number, number], zoom, bearing, pitch }
  // Under reduced motion the view jumps. Otherwise it flies; `essential` because the person asked for this
  // move, and MapLibre would otherwise decide on its own to skip the animation.
  if (request.instant || prefersReducedMotion()) map.jumpTo(target)
  else map.flyTo({ ...target, essential: true, maxDuration: 2500 })
}

export const syncCamera: SyncModule = (map, _data, store) => {
  // Every move's end, the person's (drag, wheel, keys) or the app's, so the store and the link are right.
  const onMoveEnd = () => {
    const camera = readCamera(map)
    const state = store.getState()
    if (!sameCamera(camera, state.camera)) state.reportCamera(camera)
  }
  map.on('moveend', onMoveEnd)

  let lastSeq: number | null = null
  const unsubscribe = store.subscribe(
    (s) => s.cameraRequest,
    (request) => {
      if (!request || request.seq === lastSeq) return
      const first = lastSeq === null
      lastSeq = request.seq
      // The map was created at the store's camera; a request made before it loaded may already be there.
      if (first && sameCamera(readCamera(map), request.camera)) return
      follow(map, first ? { ...request, instant: true } : request)
    },
    { fireImmediately: true },
  )
  return () => {
    map.off('moveend', onMoveEnd)
    unsubscribe()
  }
}
