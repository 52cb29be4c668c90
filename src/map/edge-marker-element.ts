/** An edge marker: "→ Washington" pinned to the side of the map, with the arrow turned towards the place. */
import type { Place } from '../data/schema'

const SVG_NS = 'http://www.w3.org/2000/svg'

function arrowSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', '0 0 16 16')
  svg.setAttribute('width', '16')
  svg.setAttribute('height', '16')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  svg.classList.add('edge-marker__arrow')
  const path = document.createElementNS(SVG_NS, 'path')
  // Points east; CSS turns it by --edge-angle.
  path.setAttribute('d', 'M1 8h10M7 3.5 12.5 8 7 12.5')
  path.setAttribute('fill', 'none')
  path.setAttribute('stroke', 'currentColor')
  path.setAttribute('stroke-width', '2.4')
  path.setAttribute('stroke-linecap', 'round')
  path.setAttribute('stroke-linejoin', 'round')
  svg.append(path)
  return svg
}

export function createEdgeMarkerElement(place: Place): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'edge-marker'
  button.dataset.placeId = place.id
  button.hidden = true
  const name = document.createElement('span')
  name.className = 'edge-marker__name'
  name.textContent = place.name
  button.append(arrowSvg(), name)
  return button
}
