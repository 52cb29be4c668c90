/**
 * The map column: one MapLibre map, made once when this mounts and removed when it unmounts (safe under
 * StrictMode's mount-unmount-mount). React renders only the frame and the notices; everything on the map
 * follows the store through the sync modules (start-map-sync.ts), outside React.
 *
 * When the map cannot be drawn the rest of the explorer carries on, and the map column says why: WebGL
 * turned off or the map failed to start (an alert, with the way to the list twin), or the graphics
 * context was lost (a GPU reset on a projector): MapLibre restores it and the sync modules re-apply the
 * store; if it does not come back, the person can restart the map without reloading the page.
 */
import 'maplibre-gl/dist/maplibre-gl.css'
import './map.css'
import type { Map as MaplibreMap } from 'maplibre-gl'
import { useLayoutEffect, useRef, useState } from 'react'
import type { Dataset } from '../data/dataset'
import { useAppStore } from '../store'
import { attachMap } from './map-handle'
import { createMap, isNoWebGLError } from './create-map'
import {
  CONTEXT_LOST_MESSAGE,
  CONTEXT_STUCK_MESSAGE,
  MAP_FAILED_MESSAGE,
  MapNotice,
  NO_WEBGL_MESSAGE,
} from './map-notice'
import { startMapSync } from './start-map-sync'

export { NO_WEBGL_MESSAGE } from './map-notice'

/** How long a lost context may take to come back by itself before the person is offered a restart. */
export const CONTEXT_RESTORE_GRACE_MS = 8000

type Failure = 'webgl' | 'start' | null
type Graphics = 'ok' | 'lost' | 'stuck'

/**
 * `data` is undefined while the dataset is on its way: the map is made at once all the same, so its
 * worker, style and basemap load in parallel with the data, and the story (flows, markers, the
 * map-state tracker) starts as soon as both are there.
 */
export default function MapView({ data }: { data: Dataset | undefined }) {
  const frameRef = useRef<HTMLDivElement>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MaplibreMap | null>(null)
  const [failure, setFailure] = useState<Failure>(null)
  const [graphics, setGraphics] = useState<Graphics>('ok')
  /** Bumped by "Restart the map": the effect below then removes the map and makes a new one. */
  const [generation, setGeneration] = useState(0)

  // Layout effects, all of them: the map is made, and the story drawn on it, in the commit that mounts
  // the frame or hands over the map, rather than after the browser has painted the page (each paint
  // here waits on software rendering, and the benchmark times navigation to the first idle). All four
  // alike, so that their cleanups still run in declaration order.
  // Declared before the effect that makes the map: React runs cleanups in declaration order, so the sync
  // modules stop (markers removed, listeners off) before map.remove().
  useLayoutEffect(() => {
    if (!map || !data) return
    return startMapSync(map, data, useAppStore)
  }, [map, data])
  useLayoutEffect(() => (map ? attachMap(map) : undefined), [map])
  useLayoutEffect(() => {
    if (!map) return
    let timer = 0
    const onLost = () => {
      setGraphics('lost')
      window.clearTimeout(timer)
      timer = window.setTimeout(() => setGraphics('stuck'), CONTEXT_RESTORE_GRACE_MS)
    }
    const onRestored = () => {
      window.clearTimeout(timer)
      setGraphics('ok')
    }
    map.on('webglcontextlost', onLost)
    map.on('webglcontextrestored', onRestored)
    return () => {
      window.clearTimeout(timer)
      map.off('webglcontextlost', onLost)
      map.off('webglcontextrestored', onRestored)
    }
  }, [map])

  useLayoutEffect(() => {
    const frame = frameRef.current
    const container = containerRef.current
    if (!frame || !container) return
    frame.setAttribute('data-map-state', 'loading')
    let created: MaplibreMap
    try {
      created = createMap(container, useAppStore.getState().camera)
    } catch (error) {
      console.error('The map could not start:', error)
      // The failure is only known once MapLibre has tried the DOM node: there is no earlier place to learn it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailure(isNoWebGLError(error) ? 'webgl' : 'start')
      return
    }
    // `style.load`, not `load`: `load` waits for every basemap tile to be drawn, so flows and markers
    // added then cost a second round of worker parsing and frames. Added now, they are drawn with the
    // basemap in the same frames.
    created.once('style.load', () => setMap(created))
    // Focusing a marker near the edge makes the browser scroll the overflow-hidden map element, which
    // shifts the whole map off its canvas; keep it pinned. The same browser behaviour, met by Leaflet:
    // https://github.com/Leaflet/Leaflet/issues/3333
    const unscroll = () => {
      if (container.scrollTop || container.scrollLeft) container.scrollTo(0, 0)
    }
    container.addEventListener('scroll', unscroll)
    return () => {
      container.removeEventListener('scroll', unscroll)
      setMap(null)
      created.remove()
    }
  }, [generation])

  const restart = () => {
    setGraphics('ok')
    setGeneration((g) => g + 1)
  }

  return (
    <div ref={frameRef} className="map-view" data-map-error={failure ?? undefined}>
      <div ref={containerRef} className="map-view__map" />
      {failure && (
        <MapNotice urgent message={failure === 'webgl' ? NO_WEBGL_MESSAGE : MAP_FAILED_MESSAGE} />
      )}
      {graphics === 'lost' && <MapNotice urgent={false} message={CONTEXT_LOST_MESSAGE} />}
      {graphics === 'stuck' && (
        <MapNotice urgent message={CONTEXT_STUCK_MESSAGE} onRestart={restart} />
      )}
    </div>
  )
}
