/**
 * A button on each flow's line, so flows are reachable by keyboard and easy to tap. After each move the
 * buttons are laid out again (flow-marker-layout.ts): each slides along its own line to stay on screen
 * and clear of place names, edge markers and each other. Hidden when the filters hide the flow or no spot
 * on its line is on screen; pressed when the flow is selected. Only the first visible flows, up to
 * MAX_FLOW_BUTTONS, have a button (see there why); buttons are made when first needed.
 */
import { Marker } from 'maplibre-gl'
import type { Flow } from '../data/schema'
import { actorColour } from '../lib/actor-colours'
import { pointAlong } from '../lib/arcs'
import { visibleFor } from '../lib/visibility'
import { setAttr, setClass, setHidden } from './dom'
import { createFlowMarkerElement } from './flow-marker-element'
import {
  candidateFractions,
  chooseFlowMarkerSpots,
  flowsWithButtons,
  MAX_FLOW_BUTTONS,
} from './flow-marker-layout'
import { flowArcs, flowMarkerFractions } from './flow-geometry'
import {
  CONTROL_SELECTOR,
  EDGE_MARKER_SELECTOR,
  obstacleRects,
  PLACE_NAME_SELECTOR,
} from './map-obstacles'
import { emphasisOf, type Emphasis } from '../lib/selection-emphasis'
import { oncePerFrame } from './once-per-frame'
import type { SyncModule } from './sync-types'
import { isOffscreen, onViewChange, screenPoint } from './viewport'

/** Buttons stay this far inside the map's edges. */
const INSET = 6

interface FlowButton {
  flow: Flow
  spots: [number, number][]
  element: HTMLButtonElement
  marker: Marker
  /** Laid out at a spot on screen. */
  placed: boolean
}

function showEmphasis({ flow, element }: FlowButton, emphasis: Emphasis) {
  const selected = emphasis.selectedFlow === flow.id
  const highlighted = emphasis.highlightedFlows.has(flow.id)
  setAttr(element, 'aria-pressed', String(selected))
  setClass(element, 'flow-marker--selected', selected)
  setClass(element, 'flow-marker--related', highlighted && !selected)
  setClass(element, 'flow-marker--dimmed', emphasis.dimOthers && !highlighted)
}

export const syncFlowMarkers: SyncModule = (map, data, store) => {
  const arcs = flowArcs(data)
  const preferred = flowMarkerFractions(data.flows)
  const drawn = data.flows.filter((f) => arcs.has(f.id))
  const drawnIds = drawn.map((f) => f.id)
  // The first flows of the data keep their (hidden) button while filtered out, as every flow did before
  // the cap; a later flow's button is removed when it loses its place, so at most twice the cap exist.
  const resident = new Set(drawnIds.slice(0, MAX_FLOW_BUTTONS))
  /** The buttons on the map (in the DOM), shown or hidden. */
  const buttons = new Map<string, FlowButton>()
  let emphasis = emphasisOf(data, store.getState().selection)

  const buttonFor = (flow: Flow): FlowButton => {
    const made = buttons.get(flow.id)
    if (made) return made
    const arc = arcs.get(flow.id)!
    const spots = candidateFractions(preferred.get(flow.id)).map((f) =>
      pointAlong(arc.coordinates, f),
    )
    const element = createFlowMarkerElement(flow, actorColour(flow.fromActor, data.stateOf))
    element.addEventListener('click', () => store.getState().select({ kind: 'flow', id: flow.id }))
    const marker = new Marker({ element, anchor: 'center' })
      .setLngLat(spots[0] ?? arc.midpoint)
      .addTo(map)
    const button: FlowButton = { flow, spots, element, marker, placed: true }
    showEmphasis(button, emphasis)
    buttons.set(flow.id, button)
    return button
  }

  const container = map.getContainer()
  const layout = () => {
    const shown = [...buttons.values()].filter((b) => !b.element.hidden)
    const obstacles = obstacleRects(
      container,
      [PLACE_NAME_SELECTOR, EDGE_MARKER_SELECTOR, CONTROL_SELECTOR].join(', '),
    )
    const items = shown.map((b) => ({
      id: b.flow.id,
      size: { width: b.element.offsetWidth, height: b.element.offsetHeight },
      candidates: b.spots.map((p) => screenPoint(map, p)),
    }))
    const view = { width: container.clientWidth, height: container.clientHeight, inset: INSET }
    const chosen = chooseFlowMarkerSpots(items, obstacles, view)
    for (const b of shown) {
      const index = chosen.get(b.flow.id)
      const spot = index === null || index === undefined ? undefined : b.spots[index]
      b.placed = spot !== undefined
      if (spot) b.marker.setLngLat(spot)
      setClass(b.element, 'is-offscreen', !b.placed)
    }
  }
  // In the next frame: the edge markers, scheduled by the move before this, are in place by then.
  const { schedule: scheduleLayout, cancel: cancelLayout } = oncePerFrame(layout)
  map.on('moveend', scheduleLayout)
  map.on('resize', scheduleLayout)

  const unsubFilters = store.subscribe(
    (s) => s.filters,
    (filters) => {
      const withButton = flowsWithButtons(drawnIds, visibleFor(data, filters).flows)
      for (const flow of drawn) {
        const on = withButton.has(flow.id)
        if (on || resident.has(flow.id)) {
          setHidden(buttonFor(flow).element, !on)
          continue
        }
        const gone = buttons.get(flow.id)
        if (gone) {
          gone.marker.remove()
          buttons.delete(flow.id)
        }
      }
      scheduleLayout()
    },
    { fireImmediately: true },
  )

  const unsubSelection = store.subscribe(
    (s) => s.selection,
    (selection) => {
      emphasis = emphasisOf(data, selection)
      for (const b of buttons.values()) showEmphasis(b, emphasis)
    },
    { fireImmediately: true },
  )

  // While the map moves, buttons ride on their lines; one that leaves the view is hidden at once.
  const unwatchView = onViewChange(map, () => {
    const { clientWidth: w, clientHeight: h } = container
    for (const b of buttons.values()) {
      setClass(
        b.element,
        'is-offscreen',
        !b.placed || isOffscreen(screenPoint(map, b.marker.getLngLat().toArray()), w, h),
      )
    }
  })

  return () => {
    unsubFilters()
    unsubSelection()
    unwatchView()
    map.off('moveend', scheduleLayout)
    map.off('resize', scheduleLayout)
    cancelLayout()
    for (const { marker } of buttons.values()) marker.remove()
  }
}
