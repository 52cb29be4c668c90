/**
 * Makes the one MapLibre map: offline basemap, the credits, zoom buttons, no rotation or tilt (the story
 * reads best north-up and flat), and errors logged rather than thrown.
 */
import {
  GPUInitializationError,
  Map as MaplibreMap,
  NavigationControl,
  prewarm,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl'
// MapLibre 6 loads its worker from a separate file that Vite does not emit on its own; without this the
// built map never loads ("Worker failed to load"). MapLibre's v5-to-v6 migration guide:
// https://github.com/maplibre/maplibre-gl-js/blob/main/docs/guides/v5-to-v6-migration-guide.md#setworkerurl-is-bundler-only
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import type { Camera } from '../store'
import { basemapStyle } from './basemap-style'

setWorkerUrl(workerUrl)
// Start the map's worker as soon as this chunk is evaluated, not when the map is made: it takes a few
// hundred ms to load, and the page shell is still rendering then, so the two overlap. Measured by
// `npm run bench` (startup). Not in test environments without workers.
if (typeof Worker !== 'undefined') prewarm()

/** Sorted by length by MapLibre, so this reads "Natural Earth | Source: Lowy Institute, The Interpreter". */
export const MAP_CREDITS = ['Natural Earth', 'Source: Lowy Institute, The Interpreter']

/**
 * Throws when the browser cannot give MapLibre a WebGL2 context. `style` is the offline basemap; the
 * map tests (tests/map) pass a blank one, so they need no generated basemap.
 */
export function createMap(
  container: HTMLElement,
  camera: Camera,
  style: StyleSpecification = basemapStyle(),
): MaplibreMap {
  const map = new MaplibreMap({
    container,
    style,
    center: [camera.center[0], camera.center[1]],
    zoom: camera.zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
    // Not collapsible: the credits stay on screen even after the map is dragged.
    attributionControl: { compact: false, customAttribution: MAP_CREDITS },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    rollEnabled: false,
    maxPitch: 0,
    minZoom: 0,
    maxZoom: 9,
    // Label fades cost several extra frames after every filter change (measured by the benchmark:
    // about a third of filter-to-idle); a briefing tool gains nothing from them.
    fadeDuration: 0,
  })
  map.touchZoomRotate.disableRotation()
  map.keyboard.disableRotation()
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right')
  map.on('error', (e) => {
    // A failed tile or a bad expression should not take the page down; the console keeps the details.
    console.error('Map error:', e.error)
  })
  return map
}

/** True when the map failed for want of WebGL2 (turned off, blocked, or no usable GPU). */
export function isNoWebGLError(error: unknown): boolean {
  return error instanceof GPUInitializationError
}
