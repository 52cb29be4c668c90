/**
 * The country and sea names the map prints, as HTML beside the place names rather than in the WebGL
 * style: one layout pass (label-layout.ts) then keeps every name clear of every other, and a country's
 * name gives way where a place's name or a flow's tag needs the room. Decoration for sighted readers:
 * hidden from screen readers, and they take no clicks.
 */
import type { BasemapLabel } from './basemap-style'

export function createBasemapNameElement(label: BasemapLabel): HTMLSpanElement {
  const el = document.createElement('span')
  el.className = `basemap-name basemap-name--${label.kind}`
  el.setAttribute('aria-hidden', 'true')
  el.dataset.name = label.name
  el.textContent = label.name
  return el
}
