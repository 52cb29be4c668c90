/**
 * A real MapLibre map in the test page, made by the app's own createMap (same options, same worker),
 * on a blank style so no generated basemap is needed, with the article's data through the app's own
 * loader (fetched from Vitest's server, which serves data/ as the app's dev server does). Sync modules
 * are started on it as start-map-sync.ts starts them.
 */
import 'maplibre-gl/dist/maplibre-gl.css'
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl'
import type { Dataset } from '../../src/data/dataset'
import { createMap } from '../../src/map/create-map'
import type { SyncModule, Teardown } from '../../src/map/sync-types'
import { useAppStore } from '../../src/store'

export const WIDTH = 800
export const HEIGHT = 500

const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dfe6ea' } }],
}

export interface RealMap {
  map: MaplibreMap
  /** The map's own element, as map-view.tsx wraps it (data-map-state is set on `.map-view`). */
  frame: HTMLElement
  /** Stops the sync modules, removes the map and its element. */
  remove: () => void
}

/** A map at the app's default camera with `modules` started, once everything they added is drawn. */
export async function mountMap(data: Dataset, modules: readonly SyncModule[]): Promise<RealMap> {
  const frame = document.createElement('div')
  frame.className = 'map-view'
  frame.style.cssText = `position: absolute; left: 0; top: 0; width: ${WIDTH}px; height: ${HEIGHT}px`
  const container = document.createElement('div')
  container.style.cssText = 'position: absolute; inset: 0'
  frame.append(container)
  document.body.append(frame)
  const map = createMap(container, useAppStore.getState().camera, BLANK_STYLE)
  await map.once('style.load')
  const teardowns: Teardown[] = modules.map((start) => start(map, data, useAppStore))
  await idle(map)
  return {
    map,
    frame,
    remove: () => {
      for (const stop of teardowns.reverse()) stop()
      map.remove()
      frame.remove()
    },
  }
}

/** Resolves once the map has drawn everything asked of it so far. */
export function idle(map: MaplibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve())
    map.triggerRepaint()
  })
}
