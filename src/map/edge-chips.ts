/**
 * Edge chips: a place outside the view (Moscow, eastern Ukraine, Washington from North-East Asia) gets a
 * button on the map's edge in its direction, "→ Washington". Chips on one edge stack so they never cover
 * each other, and keep clear of the map's controls and the legend. Pressing one asks the app for a view
 * that frames the place and where the person was looking.
 */
import type { Place } from '../data/schema'
import { setAttr, setHidden } from './dom'
import { createEdgeMarkerElement } from './edge-marker-element'
import { compassDirection, layoutEdgeMarkers, type Edge, type EdgeFrame } from './edge-layout'
import type { Rect } from './rect'

export const EDGE_MARGIN = 10
const GAP = 6

export interface EdgeChip {
  place: Place
  element: HTMLButtonElement
}

export function createEdgeChips(
  layer: HTMLElement,
  places: readonly Place[],
  onPress: (place: Place) => void,
): EdgeChip[] {
  return places.map((place) => {
    const element = createEdgeMarkerElement(place)
    element.addEventListener('click', () => onPress(place))
    layer.append(element)
    return { place, element }
  })
}

/** The parts of each edge the map's own controls (zoom, reset, credits) leave free. */
function edgeRanges(container: HTMLElement): EdgeFrame['ranges'] {
  const box = container.getBoundingClientRect()
  const rectOf = (selector: string) => container.querySelector(selector)?.getBoundingClientRect()
  const topRight = rectOf('.maplibregl-ctrl-top-right')
  const bottomRight = rectOf('.maplibregl-ctrl-bottom-right')
  const w = box.width
  const h = box.height
  const m = EDGE_MARGIN
  const topRightBottom = topRight?.height ? topRight.bottom - box.top : m
  const topRightLeft = topRight?.width ? topRight.left - box.left : w - m
  const bottomRightTop = bottomRight?.height ? bottomRight.top - box.top : h - m
  const bottomRightLeft = bottomRight?.width ? bottomRight.left - box.left : w - m
  const ranges: Record<Edge, [number, number]> = {
    left: [m, h - m],
    right: [topRightBottom + GAP, bottomRightTop - GAP],
    top: [m, topRightLeft - GAP],
    bottom: [m, bottomRightLeft - GAP],
  }
  return ranges
}

/**
 * Shows the chips of `shown` (place id -> its far-off screen point), laid along the edges clear of
 * `obstacles`, and hides the rest. Returns the boxes of the chips shown, in the container's coordinates.
 */
export function placeEdgeChips(
  container: HTMLElement,
  chips: readonly EdgeChip[],
  shown: ReadonlyMap<string, { x: number; y: number }>,
  obstacles: readonly Rect[],
): Rect[] {
  for (const c of chips) setHidden(c.element, !shown.has(c.place.id))
  const items = chips.flatMap((c) => {
    const target = shown.get(c.place.id)
    return target
      ? [
          {
            id: c.place.id,
            target,
            size: { width: c.element.offsetWidth, height: c.element.offsetHeight },
          },
        ]
      : []
  })
  if (!items.length) return []
  const frame: EdgeFrame = {
    width: container.clientWidth,
    height: container.clientHeight,
    margin: EDGE_MARGIN,
    gap: GAP,
    ranges: edgeRanges(container),
  }
  const byId = new Map(chips.map((c) => [c.place.id, c]))
  const sizes = new Map(items.map((i) => [i.id, i.size]))
  const boxes: Rect[] = []
  for (const p of layoutEdgeMarkers(frame, items, obstacles)) {
    const chip = byId.get(p.id)
    const size = sizes.get(p.id)
    if (!chip || !size) continue
    const direction = compassDirection(p.angle)
    setAttr(chip.element, 'aria-label', `Show ${chip.place.name} (off the map to the ${direction})`)
    setAttr(chip.element, 'data-edge', p.edge)
    chip.element.style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`
    chip.element.style.setProperty('--edge-angle', `${Math.round(p.angle)}deg`)
    boxes.push({
      left: p.left,
      top: p.top,
      right: p.left + size.width,
      bottom: p.top + size.height,
    })
  }
  return boxes
}
