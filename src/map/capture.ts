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
  /** The map's pixels; the caller closes it when done. */
  image: ImageBitmap
  /** The map's size in CSS pixels; the image is larger by the device pixel ratio. */
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

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve())
    step(n)
  })

/**
 * After the page's layout changes the map's size (the briefing's stop view, the hand-out's capture
 * frame), resizes the map at once instead of on MapLibre's throttled observer. Call it before asking
 * for a camera move: flyTo fixes its target's pixel position when it starts, so a resize in mid-flight
 * lands the map off target.
 */
export async function fitMapToContainer(): Promise<void> {
  // Two frames: React has committed and the browser has laid the new size out.
  await frames(2)
  const map = current
  if (!map) return
  const container = map.getContainer()
  const canvas = map.getCanvas()
  if (
    canvas.clientWidth !== container.clientWidth ||
    canvas.clientHeight !== container.clientHeight
  )
    map.resize()
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
 * The map as drawn now. With `settle`, first waits for moves, tiles and store-driven updates to finish
 * (for a view that was just applied). Null when no map is registered (no WebGL) or the copy fails.
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
      // createImageBitmap copies the drawing buffer now, in the frame's task, without a PNG round trip.
      createImageBitmap(map.getCanvas()).then(
        (image) => resolve({ image, width, height, points }),
        () => resolve(null),
      )
    })
    map.triggerRepaint()
  })
}
