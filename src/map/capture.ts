/**
 * A picture of the map for hand-outs (PNG export, printed stops). The map is created with
 * preserveDrawingBuffer off (faster), so its WebGL canvas is only readable inside the task that drew it:
 * we ask for a frame and read the canvas in that frame's `render` event. Place names and markers are
 * HTML, not canvas, so the caller gets the screen positions of the points it asks for and draws them.
 *
 * map-view.tsx registers its one map here once it has loaded, and unregisters it on removal.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import type { LngLat } from '../lib/arcs'
import { screenPoint } from './viewport'

export interface MapSnapshot {
  png: Blob
  /** The map's size in CSS pixels; the PNG is larger by the device pixel ratio. */
  width: number
  height: number
  /** Where each requested point is, in CSS pixels from the map's top left. */
  points: { x: number; y: number }[]
}

let current: MaplibreMap | null = null

/** Returns the unregister function: call it before map.remove(). */
export function registerMapForCapture(map: MaplibreMap): () => void {
  current = map
  return () => {
    if (current === map) current = null
  }
}

export function canCaptureMap(): boolean {
  return current !== null
}

const IDLE_TIMEOUT_MS = 8000

/** Resolves once the map has drawn everything it was asked to (or after a timeout: never hang a print). */
function settled(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, IDLE_TIMEOUT_MS)
    function done() {
      clearTimeout(timer)
      map.off('idle', done)
      resolve()
    }
    map.on('idle', done)
    map.triggerRepaint()
  })
}

/**
 * A PNG of the map as drawn now. With `settle`, first waits for moves, tiles and store-driven updates
 * to finish (for a view that was just applied). Null when no map is registered (no WebGL).
 */
export async function captureMap(
  lngLats: readonly LngLat[] = [],
  { settle = false }: { settle?: boolean } = {},
): Promise<MapSnapshot | null> {
  const map = current
  if (!map) return null
  if (settle) await settled(map)
  if (current !== map) return null
  return new Promise((resolve) => {
    map.once('render', () => {
      const { clientWidth: width, clientHeight: height } = map.getContainer()
      const points = lngLats.map((p) => screenPoint(map, p))
      // toBlob copies the drawing buffer now, in the frame's task; only the encoding is deferred.
      map
        .getCanvas()
        .toBlob((png) => resolve(png ? { png, width, height, points } : null), 'image/png')
    })
    map.triggerRepaint()
  })
}
