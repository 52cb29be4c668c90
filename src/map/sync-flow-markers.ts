/**
 * A button on each flow's line, so flows are reachable by keyboard and easy to tap. After each move the
 * buttons are laid out again (flow-marker-layout.ts): each slides along its own line to stay on screen
 * and clear of place names, edge markers and each other. Hidden when the filters hide the flow or no spot
 * on its line is on screen; pressed when the flow is selected.
 */
import { Marker } from 'maplibre-gl'
import { actorColour } from '../lib/actor-colours'
import { pointAlong } from '../lib/arcs'
import { visibleFor } from '../lib/visibility'
import { setAttr, setClass, setHidden } from './dom'
import { createFlowMarkerElement } from './flow-marker-element'
import { candidateFractions, chooseFlowMarkerSpots } from './flow-marker-layout'
import { flowArcs, flowMarkerFractions } from './flow-geometry'
import {
  CONTROL_SELECTOR,
  EDGE_MARKER_SELECTOR,
  obstacleRects,
  PLACE_NAME_SELECTOR,
} from './map-obstacles'
import { emphasisOf } from './selection-emphasis'
import type { SyncModule } from './sync-types'
import { isOffscreen, onViewChange, screenPoint } from './viewport'

/** Buttons stay this far inside the map's edges. */
const INSET = 6

export const syncFlowMarkers: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)
  const preferred = flowMarkerFractions(data.flows)
  const markers = data.flows.flatMap((flow) => {
    const arc = arcs.get(flow.id)
    if (!arc) return []
    const spots = candidateFractions(preferred.get(flow.id)).map((f) =>
      pointAlong(arc.coordinates, f),
    )
    const element = createFlowMarkerElement(flow, actorColour(flow.fromActor, data.stateOf))
    element.addEventListener('click', () => store.getState().select({ kind: 'flow', id: flow.id }))
    const marker = new Marker({ element, anchor: 'center' })
      .setLngLat(spots[0] ?? arc.midpoint)
      .addTo(map)
    return [{ flow, spots, element, marker, placed: true }]
  })

  const container = map.getContainer()
  const layout = () => {
    const shown = markers.filter((m) => !m.element.hidden)
    const obstacles = obstacleRects(
      container,
      [PLACE_NAME_SELECTOR, EDGE_MARKER_SELECTOR, CONTROL_SELECTOR].join(', '),
    )
    const items = shown.map((m) => ({
      id: m.flow.id,
      size: { width: m.element.offsetWidth, height: m.element.offsetHeight },
      candidates: m.spots.map((p) => screenPoint(map, p)),
    }))
    const view = { width: container.clientWidth, height: container.clientHeight, inset: INSET }
    const chosen = chooseFlowMarkerSpots(items, obstacles, view)
    for (const m of shown) {
      const index = chosen.get(m.flow.id)
      const spot = index === null || index === undefined ? undefined : m.spots[index]
      m.placed = spot !== undefined
      if (spot) m.marker.setLngLat(spot)
      setClass(m.element, 'is-offscreen', !m.placed)
    }
  }
  // In the next frame: the edge markers, scheduled by the move before this, are in place by then.
  let frame = 0
  const scheduleLayout = () => {
    if (!frame) frame = requestAnimationFrame(run)
  }
  const run = () => {
    frame = 0
    layout()
  }
  map.on('moveend', scheduleLayout)
  map.on('resize', scheduleLayout)

  const unsubFilters = store.subscribe(
    (s) => s.filters,
    (filters) => {
      const visible = visibleFor(data, filters)
      for (const { flow, element } of markers) setHidden(element, !visible.flows.has(flow.id))
      scheduleLayout()
    },
    { fireImmediately: true },
  )

  const unsubSelection = store.subscribe(
    (s) => s.selection,
    (selection) => {
      const emphasis = emphasisOf(data, selection)
      for (const { flow, element } of markers) {
        const selected = emphasis.selectedFlow === flow.id
        const highlighted = emphasis.highlightedFlows.has(flow.id)
        setAttr(element, 'aria-pressed', String(selected))
        setClass(element, 'flow-marker--selected', selected)
        setClass(element, 'flow-marker--related', highlighted && !selected)
        setClass(element, 'flow-marker--dimmed', emphasis.dimOthers && !highlighted)
      }
    },
    { fireImmediately: true },
  )

  // While the map moves, buttons ride on their lines; one that leaves the view is hidden at once.
  const stopView = onViewChange(map, () => {
    const { clientWidth: w, clientHeight: h } = container
    for (const m of markers) {
      setClass(
        m.element,
        'is-offscreen',
        !m.placed || isOffscreen(screenPoint(map, m.marker.getLngLat().toArray()), w, h),
      )
    }
  })

  return () => {
    unsubFilters()
    unsubSelection()
    stopView()
    map.off('moveend', scheduleLayout)
    map.off('resize', scheduleLayout)
    if (frame) cancelAnimationFrame(frame)
    for (const { marker } of markers) marker.remove()
  }
}
