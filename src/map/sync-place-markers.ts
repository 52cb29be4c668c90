/**
 * Places as HTML buttons on the map. Headline places are added first, so they come first in tab order.
 * Markers follow the filters (muted when nothing about the place is visible, never removed) and the
 * selection (pressed, or ringed when related to what is selected). Off-screen markers are hidden so
 * Tab never lands on something out of sight; edge markers stand in for them. After each move, names
 * that would collide are thinned out, least important first (label-declutter.ts).
 */
import { Marker } from 'maplibre-gl'
import type { Place } from '../data/schema'
import { actorColour, NEUTRAL_COLOUR } from '../lib/actor-colours'
import { visibleFor } from '../lib/visibility'
import { setAttr, setClass } from './dom'
import { labelsToHide } from './label-declutter'
import { markerOffset } from './label-placement'
import { localRect } from './map-obstacles'
import { oncePerFrame } from './once-per-frame'
import { createPlaceMarkerElement, placeTier, type PlaceTier } from './place-marker-element'
import { emphasisOf, type Emphasis } from '../lib/selection-emphasis'
import type { SyncModule } from './sync-types'
import { isOffscreen, onViewChange, screenPoint } from './viewport'

const TIER_RANK: Record<PlaceTier, number> = { headline: 0, secondary: 1, region: 2, country: 2 }

/** Rank 0 is never hidden: the selection, what it relates to, and the four headline places. */
function labelRank(place: Place, emphasis: Emphasis): number {
  if (emphasis.selectedPlace === place.id || emphasis.relatedPlaces.has(place.id)) return 0
  return TIER_RANK[placeTier(place)]
}

export const syncPlaceMarkers: SyncModule = (map, data, store) => {
  const ordered = [...data.places].sort((a, b) => Number(b.headline) - Number(a.headline))
  const markers = ordered.map((place) => {
    const colour = place.country ? actorColour(place.country, data.stateOf) : NEUTRAL_COLOUR
    const element = createPlaceMarkerElement(place, colour)
    element.addEventListener('click', () =>
      store.getState().select({ kind: 'place', id: place.id }),
    )
    const offset = markerOffset(place.id)
    const marker = new Marker({ element, anchor: 'center', offset })
      .setLngLat([...place.lngLat])
      .addTo(map)
    return { place, element, marker }
  })

  const container = map.getContainer()
  const declutter = () => {
    const box = container.getBoundingClientRect()
    const emphasis = emphasisOf(data, store.getState().selection)
    const onScreen = markers.filter((m) => !m.element.classList.contains('is-offscreen'))
    const hide = labelsToHide(
      onScreen.map(({ place, element }) => ({
        id: place.id,
        rank: labelRank(place, emphasis),
        dot: localRect(box, element.querySelector('.place-marker__dot') ?? element),
        label: localRect(box, element.querySelector('.place-marker__label') ?? element),
      })),
    )
    for (const { place, element } of markers)
      setClass(element, 'place-marker--label-hidden', hide.has(place.id))
  }
  const { schedule: scheduleDeclutter, cancel: cancelDeclutter } = oncePerFrame(declutter)
  map.on('moveend', scheduleDeclutter)
  map.on('resize', scheduleDeclutter)

  const unsubFilters = store.subscribe(
    (s) => s.filters,
    (filters) => {
      const visible = visibleFor(data, filters)
      for (const { place, element } of markers)
        setClass(element, 'place-marker--muted', !visible.places.has(place.id))
    },
    { fireImmediately: true },
  )

  const unsubSelection = store.subscribe(
    (s) => s.selection,
    (selection) => {
      const emphasis = emphasisOf(data, selection)
      for (const { place, element } of markers) {
        const selected = emphasis.selectedPlace === place.id
        setAttr(element, 'aria-pressed', String(selected))
        setClass(element, 'place-marker--selected', selected)
        setClass(element, 'place-marker--related', emphasis.relatedPlaces.has(place.id))
      }
      scheduleDeclutter()
    },
    { fireImmediately: true },
  )

  const unwatchView = onViewChange(map, () => {
    const { clientWidth: w, clientHeight: h } = map.getContainer()
    for (const { place, element } of markers) {
      setClass(element, 'is-offscreen', isOffscreen(screenPoint(map, place.lngLat), w, h))
    }
  })

  return () => {
    unsubFilters()
    unsubSelection()
    unwatchView()
    map.off('moveend', scheduleDeclutter)
    map.off('resize', scheduleDeclutter)
    cancelDeclutter()
    for (const { marker } of markers) marker.remove()
  }
}
