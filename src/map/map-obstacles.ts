/**
 * What buttons laid out on the map must keep clear of, read from the DOM as rectangles in the map
 * container's own coordinates. The selectors name classes set in place-marker-element.ts,
 * edge-marker-element.ts and by MapLibre's controls.
 */
import type { Rect } from './rect'

export const PLACE_NAME_SELECTOR =
  '.place-marker:not(.is-offscreen) .place-marker__label, .place-marker:not(.is-offscreen) .place-marker__dot'
export const EDGE_MARKER_SELECTOR = '.edge-marker:not([hidden])'
export const CONTROL_SELECTOR = '.maplibregl-ctrl'

/** An element's box relative to the container's box (both from getBoundingClientRect). */
export function localRect(container: DOMRect, el: Element): Rect {
  const r = el.getBoundingClientRect()
  return {
    left: r.left - container.left,
    top: r.top - container.top,
    right: r.right - container.left,
    bottom: r.bottom - container.top,
  }
}

export function obstacleRects(container: HTMLElement, selector: string): Rect[] {
  const box = container.getBoundingClientRect()
  return [...container.querySelectorAll(selector)].flatMap((el) => {
    const r = localRect(box, el)
    return r.right > r.left && r.bottom > r.top ? [r] : []
  })
}
