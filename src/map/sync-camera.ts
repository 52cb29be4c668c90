/**
 * The camera both ways, without loops (the pattern of maputnik's MapMaplibreGl): the map follows
 * `cameraRequest` when its `seq` changes, and reports where it ended up after every move, saying whether
 * that was the request followed or a move of its own. A report never comes back as a request.
 *
 * A framing (a stop's subject, the home view) is fitted to the map as it is when followed, and fitted
 * again whenever the map's size or what covers it changes (full screen, the legend opening, a phone
 * turning), until the person moves the map: the same stop on the same screen always looks the same,
 * however it was reached (room.md).
 */
import type { Map as MaplibreMap, MapLibreEvent } from 'maplibre-gl'
import type { Camera } from '../lib/explorer-view'
import type { CameraRequest } from '../store'
import { prefersReducedMotion } from './dom'
import { flowArcs } from './flow-geometry'
import { resolveTarget } from './frame-camera'
import { watchObstructions } from './map-obstructions'
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

/** Carried on the events of a move this module made, so its end is not taken for the person's. */
export interface RequestMoveData {
  cameraRequest: number
}

/**
 * Whether a move was the person's or a move the map made on its own (a selection brought into view),
 * rather than a request being followed or the map being resized. MapLibre's handlers (drag, wheel, keys,
 * the zoom buttons) put the input event on the events of the moves they make.
 */
export function isOwnMove(e: MapLibreEvent & Partial<RequestMoveData> & { ownMove?: boolean }) {
  return e.originalEvent !== undefined || e.ownMove === true
}

export const syncCamera: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)

  const go = (request: CameraRequest, instant: boolean) => {
    const camera = resolveTarget(map, data, arcs, request.target)
    if (!camera) return
    const { zoom, bearing, pitch } = camera
    const target = {
      center: [camera.center[0], camera.center[1]] as [number, number],
      zoom,
      bearing,
      pitch,
    }
    const tag: RequestMoveData = { cameraRequest: request.seq }
    // Under reduced motion the view jumps. Otherwise it flies; `essential` because the person asked
    // for this move, and MapLibre would otherwise decide on its own to skip the animation.
    if (instant || prefersReducedMotion()) map.jumpTo(target, tag)
    else map.flyTo({ ...target, essential: true, maxDuration: 2500 }, tag)
  }

  // Every move's end, the person's (drag, wheel, keys) or the app's, so the store and the link are right.
  const onMoveEnd = (e: MapLibreEvent) => {
    store.getState().reportCamera(readCamera(map), { moved: isOwnMove(e) })
  }
  map.on('moveend', onMoveEnd)

  /** Fits the current framing again, at once, while the map still shows the request untouched. */
  const refit = () => {
    const s = store.getState()
    if (s.cameraMoved || s.cameraRequest.target.kind === 'camera') return
    go(s.cameraRequest, true)
  }
  map.on('resize', refit)
  const unwatch = watchObstructions(map.getContainer(), refit)

  let lastSeq: number | null = null
  const unsubscribe = store.subscribe(
    (s) => s.cameraRequest,
    (request) => {
      if (request.seq === lastSeq) return
      const first = lastSeq === null
      lastSeq = request.seq
      // The first request is followed at once: the page has just opened on it.
      go(request, first || request.instant)
    },
    { fireImmediately: true },
  )
  return () => {
    map.off('moveend', onMoveEnd)
    map.off('resize', refit)
    unwatch()
    unsubscribe()
  }
}
