/**
 * `data-map-state` on the map's element: "loading" while the map moves, loads or redraws, "idle" once
 * MapLibre says it has settled. Browser tests wait on `[data-map-state="idle"]` after a change that
 * redraws the map, so it reflects real map work only: MapLibre's own moves, loads and frames, and the
 * store changes the sync modules draw (MAP_INPUTS). Such a change marks the map busy at once, in the
 * same update, and asks for a frame: the idle that follows then means "this change is drawn". Other
 * store changes (notices, dialogs, panels) leave the marker alone. "lost" while the WebGL context is
 * gone (nothing can be drawn, so nothing is idle); when it comes back the map is busy until the
 * restored style has drawn.
 */
import { shallow } from 'zustand/shallow'
import type { AppStore } from '../store'
import { setAttr } from './dom'
import { LABELS_EVENT, type LabelsEventDetail } from './sync-labels'
import type { SyncModule } from './sync-types'

export type MapState = 'loading' | 'idle' | 'lost'
export const MAP_STATE_ATTRIBUTE = 'data-map-state'

/**
 * What in the store the map draws: the filters (flow lines, place, edge and flow markers), the
 * selection and a stop's subject (emphasis, markers, bringing it into view) and camera requests. A sync module that follows
 * anything else adds it here, or its changes would not mark the map busy.
 */
export const MAP_INPUTS = (s: AppStore) =>
  [s.filters, s.selection, s.focus, s.cameraRequest] as const

export const syncMapState: SyncModule = (map, _data, store) => {
  const element = map.getContainer().closest('.map-view') ?? map.getContainer()
  let lost = false
  const set = (state: MapState) => setAttr(element, MAP_STATE_ATTRIBUTE, lost ? 'lost' : state)
  const busy = () => set('loading')
  // The labels are laid out after the map stops (sync-labels.ts): idle waits for them too.
  let labelsPending = false
  const idle = () => {
    if (!labelsPending) set('idle')
  }
  const onLabels = (e: Event) => {
    const detail = (e as CustomEvent<LabelsEventDetail>).detail
    labelsPending = detail === 'pending'
    if (labelsPending) busy()
    // Laying out moves no map pixels, so no `idle` follows it: settle here if the map already has.
    else if (map.loaded() && !map.isMoving()) idle()
  }
  const container = map.getContainer()
  container.addEventListener(LABELS_EVENT, onLabels)
  const onLost = () => {
    lost = true
    set('lost')
  }
  const onRestored = () => {
    lost = false
    busy()
    map.triggerRepaint()
  }
  map.on('webglcontextlost', onLost)
  map.on('webglcontextrestored', onRestored)
  map.on('movestart', busy)
  map.on('dataloading', busy)
  map.on('render', busy)
  map.on('idle', idle)
  const unsubscribe = store.subscribe(
    MAP_INPUTS,
    () => {
      busy()
      map.triggerRepaint()
    },
    { equalityFn: shallow },
  )
  // Started last, after the other modules added their layers: the frame asked for here ends in `idle`.
  busy()
  map.triggerRepaint()
  return () => {
    container.removeEventListener(LABELS_EVENT, onLabels)
    map.off('webglcontextlost', onLost)
    map.off('webglcontextrestored', onRestored)
    map.off('movestart', busy)
    map.off('dataloading', busy)
    map.off('render', busy)
    map.off('idle', idle)
    unsubscribe()
  }
}
