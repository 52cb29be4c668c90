/**
 * The map column: one MapLibre map, made once when this mounts and removed when it unmounts (safe under
 * StrictMode's mount-unmount-mount). React renders only the frame and the no-WebGL notice; everything on
 * the map follows the store through the sync modules (start-map-sync.ts), outside React.
 */
import 'maplibre-gl/dist/maplibre-gl.css'
import './map.css'
import type { Map as MaplibreMap } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import type { Dataset } from '../data/dataset'
import { useAppStore } from '../store'
import { createMap } from './create-map'
import { startMapSync } from './start-map-sync'

export const NO_WEBGL_MESSAGE =
  'The map needs WebGL, which this browser has turned off. Everything else — the list of places and flows, the timeline and the panels — still works.'

export default function MapView({ data }: { data: Dataset }) {
  const frameRef = useRef<HTMLDivElement>(null)
  const containerRef = useRef<HTMLDivElement>(null)
  const [map, setMap] = useState<MaplibreMap | null>(null)
  const [failed, setFailed] = useState(false)

  // Declared before the effect that makes the map: React runs cleanups in declaration order, so the sync
  // modules stop (markers removed, listeners off) before map.remove().
  useEffect(() => {
    if (!map) return
    return startMapSync(map, data, useAppStore)
  }, [map, data])

  useEffect(() => {
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
      setFailed(true)
      return
    }
    created.once('load', () => setMap(created))
    // Focusing a marker near the edge makes the browser scroll the overflow-hidden map element, which
    // shifts the whole map off its canvas; keep it pinned.
    const unscroll = () => {
      if (container.scrollTop || container.scrollLeft) container.scrollTo(0, 0)
    }
    container.addEventListener('scroll', unscroll)
    return () => {
      container.removeEventListener('scroll', unscroll)
      setMap(null)
      created.remove()
    }
  }, [])

  return (
    <div ref={frameRef} className="map-view" data-map-error={failed ? 'webgl' : undefined}>
      <div ref={containerRef} className="map-view__map" />
      {failed && (
        <p className="map-view__notice" role="alert">
          {NO_WEBGL_MESSAGE}
        </p>
      )}
    </div>
  )
}
