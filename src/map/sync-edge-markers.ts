/**
 * Edge markers: Moscow, eastern Ukraine and Washington lie far outside the North-East Asia view, so each
 * off-screen place gets a button on the map's edge in its direction. Pressing it asks the app for a view
 * that shows both the place and where the person was looking. Positions follow the map once per frame.
 */
import { LngLat, LngLatBounds } from 'maplibre-gl'
import type { Place } from '../data/schema'
import { visibleFor } from '../lib/visibility'
import { setAttr, setClass, setHidden } from './dom'
import { createEdgeMarkerElement } from './edge-marker-element'
import { compassDirection, layoutEdgeMarkers, type Edge, type EdgeFrame } from './edge-layout'
import { obstacleRects, PLACE_NAME_SELECTOR } from './map-obstacles'
import type { SyncModule } from './sync-types'
import { readCamera } from './sync-camera'
import { fitPadding, isOffscreen, nearCentre, onViewChange, screenPoint } from './viewport'

const MARGIN = 10
const GAP = 6

/** The parts of each edge the map's own controls (zoom, reset, credits) leave free. */
function edgeRanges(container: HTMLElement): EdgeFrame['ranges'] {
  const box = container.getBoundingClientRect()
  const rectOf = (selector: string) => container.querySelector(selector)?.getBoundingClientRect()
  const topRight = rectOf('.maplibregl-ctrl-top-right')
  const bottomRight = rectOf('.maplibregl-ctrl-bottom-right')
  const w = box.width
  const h = box.height
  const topRightBottom = topRight && topRight.height ? topRight.bottom - box.top : MARGIN
  const topRightLeft = topRight && topRight.width ? topRight.left - box.left : w - MARGIN
  const bottomRightTop = bottomRight && bottomRight.height ? bottomRight.top - box.top : h - MARGIN
  const bottomRightLeft =
    bottomRight && bottomRight.width ? bottomRight.left - box.left : w - MARGIN
  const ranges: Record<Edge, [number, number]> = {
    left: [MARGIN, h - MARGIN],
    right: [topRightBottom + GAP, bottomRightTop - GAP],
    top: [MARGIN, topRightLeft - GAP],
    bottom: [MARGIN, bottomRightLeft - GAP],
  }
  return ranges
}

export const syncEdgeMarkers: SyncModule = (map, data, store) => {
  const container = map.getContainer()
  const layer = document.createElement('div')
  layer.className = 'map-edge-markers'
  container.append(layer)

  /** A view with the place and the current centre both in it, asked of the app like any other move. */
  const showPlace = (place: Place) => {
    const target = nearCentre(map, place.lngLat)
    const bounds = new LngLatBounds(target, target).extend(map.getCenter())
    const fit = map.cameraForBounds(bounds, { padding: fitPadding(map) })
    if (!fit?.center || fit.zoom === undefined) return
    const { lng, lat } = LngLat.convert(fit.center).wrap()
    store.getState().requestCamera({ ...readCamera(map), center: [lng, lat], zoom: fit.zoom })
  }

  const markers = data.places.map((place) => {
    const element = createEdgeMarkerElement(place)
    element.addEventListener('click', () => showPlace(place))
    layer.append(element)
    return { place, element }
  })

  const unsubFilters = store.subscribe(
    (s) => s.filters,
    (filters) => {
      const visible = visibleFor(data, filters)
      for (const { place, element } of markers)
        setClass(element, 'edge-marker--muted', !visible.places.has(place.id))
    },
    { fireImmediately: true },
  )

  const unwatchView = onViewChange(map, () => {
    const width = container.clientWidth
    const height = container.clientHeight
    const offscreen = markers.flatMap((m) => {
      const target = screenPoint(map, m.place.lngLat)
      const out = isOffscreen(target, width, height)
      setHidden(m.element, !out)
      return out ? [{ ...m, target }] : []
    })
    if (!offscreen.length) return
    const frame: EdgeFrame = {
      width,
      height,
      margin: MARGIN,
      gap: GAP,
      ranges: edgeRanges(container),
    }
    const items = offscreen.map(({ place, element, target }) => ({
      id: place.id,
      target,
      size: { width: element.offsetWidth, height: element.offsetHeight },
    }))
    const byId = new Map(offscreen.map((m) => [m.place.id, m]))
    const placeNames = obstacleRects(container, PLACE_NAME_SELECTOR)
    for (const p of layoutEdgeMarkers(frame, items, placeNames)) {
      const m = byId.get(p.id)
      if (!m) continue
      const direction = compassDirection(p.angle)
      setAttr(m.element, 'aria-label', `Show ${m.place.name} (off the map to the ${direction})`)
      setAttr(m.element, 'data-edge', p.edge)
      m.element.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`
      m.element.style.setProperty('--edge-angle', `${Math.round(p.angle)}deg`)
    }
  })

  return () => {
    unsubFilters()
    unwatchView()
    layer.remove()
  }
}
