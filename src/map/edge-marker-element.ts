/** An edge marker: "→ Washington" pinned to the side of the map, with the arrow turned towards the place. */
import type { Place } from '../data/schema'
import { lineIcon } from './line-icon'

// Points east; CSS turns it by --edge-angle.
const edgeArrow = () =>
  lineIcon({
    size: 16,
    path: 'M1 8h10M7 3.5 12.5 8 7 12.5',
    strokeWidth: 2.4,
    className: 'edge-marker__arrow',
  })

export function createEdgeMarkerElement(place: Place): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'edge-marker'
  button.dataset.placeId = place.id
  button.hidden = true
  const name = document.createElement('span')
  name.className = 'edge-marker__name'
  name.textContent = place.name
  button.append(edgeArrow(), name)
  return button
}
