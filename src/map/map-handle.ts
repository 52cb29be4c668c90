/**
 * The map's API for the rest of the app: `mapHandle`, what a feature may ask of the one map beyond the
 * store. Everything about what the map shows goes through the store (filters, selection, camera
 * requests), which the sync modules follow; the handle covers the two things a store value cannot
 * say: "take a picture now" (hand-outs, the PNG export) and "resize now" (after a layout change, before
 * a camera move). Outside src/map, this is the only map module a feature may import (eslint.config.js).
 *
 * It imports nothing from maplibre-gl at run time, so importing it does not pull MapLibre into a
 * feature's chunk. map-view.tsx attaches its one map once the style has loaded and detaches it before
 * removal; without a map (no WebGL, or not yet loaded) the handle's calls resolve to nothing.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import type { LngLat } from '../lib/arcs'
import type { Bounds } from '../lib/explorer-view'
import { obstructionPadding } from './fit-padding'
import type { PrintedPiece } from './label-snapshot'
import { obstructionRects } from './map-obstructions'
import { screenPoint } from './viewport'

export interface MapSnapshot {
  /** The map's pixels; the caller closes it when done. */
  image: ImageBitmap
  /** The map's size in CSS pixels; the image is larger by the device pixel ratio. */
  width: number
  height: number
  /** Where each requested point is, in CSS pixels from the map's top left. */
  points: { x: number; y: number }[]
  /** What the map prints as HTML (names, tags, dots, chips), as laid out now: the caller draws it. */
  pieces: PrintedPiece[]
}

export type { PrintedPiece } from './label-snapshot'

export interface MapHandle {
  /**
   * After the page's layout changes the map's size (the briefing's stop view, the hand-out's capture
   * frame), resizes the map at once instead of on MapLibre's throttled observer (50 ms,
   * https://github.com/maplibre/maplibre-gl-js/pull/2986). Call it before asking
   * for a camera move: flyTo fixes its target's pixel position when it starts, so a resize in
   * mid-flight lands the map off target.
   */
  fitToContainer(): Promise<void>
  /**
   * A picture of the map as drawn now, and the screen positions of `lngLats` (place names and markers
   * are HTML, not canvas: the caller draws them). With `settle`, first waits for moves, tiles and
   * store-driven updates to finish (for a view that was just applied). With `print`, the lines are drawn
   * at print strength for the picture (print-style.ts) and put back after. Null without a map, or when
   * the copy fails.
   */
  capture(
    lngLats?: readonly LngLat[],
    opts?: { settle?: boolean; print?: boolean },
  ): Promise<MapSnapshot | null>
  /**
   * The area the map shows where nothing covers it (the legend, the controls), as [[west, south], [east,
   * north]]: what "this view" means when it is kept as a briefing stop. Null without a map.
   */
  visibleBounds(): Bounds | null
}

let current: MaplibreMap | null = null

/** For map-view.tsx: makes `map` the one the handle talks to. Returns the detach: call it before map.remove(). */
export function attachMap(map: MaplibreMap): () => void {
  current = map
  return () => {
    if (current === map) current = null
  }
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve())
    step(n)
  })

async function fitToContainer(): Promise<void> {
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
 * The map is created with preserveDrawingBuffer off (faster), so its WebGL canvas is only readable
 * inside the task that drew it (https://registry.khronos.org/webgl/specs/latest/1.0/#2.2): ask for a
 * frame and read the canvas in that frame's `render` event.
 */
async function capture(
  lngLats: readonly LngLat[] = [],
  { settle = false, print = false }: { settle?: boolean; print?: boolean } = {},
): Promise<MapSnapshot | null> {
  const map = current
  if (!map) return null
  // Only the hand-out and the PNG capture: their code is fetched on first use, not with the map.
  const [{ printedPieces }, printStyle] = await Promise.all([
    import('./label-snapshot'),
    print ? import('./print-style') : null,
  ])
  if (current !== map) return null
  const restore = printStyle ? printStyle.applyPrintStyle(map) : null
  try {
    if (settle || print) await settled(map)
    if (current !== map) return null
    return await new Promise<MapSnapshot | null>((resolve) => {
      map.once('render', () => {
        const container = map.getContainer()
        const { clientWidth: width, clientHeight: height } = container
        const points = lngLats.map((p) => screenPoint(map, p))
        const pieces = printedPieces(container)
        // createImageBitmap copies the drawing buffer now, in the frame's task, without a PNG round trip.
        createImageBitmap(map.getCanvas()).then(
          (image) => resolve({ image, width, height, points, pieces }),
          () => resolve(null),
        )
      })
      map.triggerRepaint()
    })
  } finally {
    if (restore && current === map) restore()
  }
}

function visibleBounds(): Bounds | null {
  const map = current
  if (!map) return null
  const container = map.getContainer()
  const { clientWidth: w, clientHeight: h } = container
  const pad = obstructionPadding(w, h, obstructionRects(container))
  const sw = map.unproject([pad.left, h - pad.bottom])
  const ne = map.unproject([w - pad.right, pad.top])
  return [
    [sw.lng, sw.lat],
    [ne.lng, ne.lat],
  ]
}

export const mapHandle: MapHandle = { fitToContainer, capture, visibleBounds }
