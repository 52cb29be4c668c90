/**
 * What covers parts of the map: its own controls (zoom, reset, credits) and anything the page lays over
 * it and marks `data-map-obstruction` (the legend). Camera fits keep the subject out from under them
 * (fit-padding.ts) and the label layout keeps names clear of them (label-layout.ts). Read from the DOM as
 * rectangles in the map container's own coordinates.
 */
import { oncePerFrame } from './once-per-frame'
import type { Rect } from './rect'
import type { Teardown } from './sync-types'

export const OBSTRUCTION_SELECTOR = '[data-map-obstruction]'
const CONTROL_SELECTOR = '.maplibregl-ctrl'

/** `el`'s box relative to `box` (both from getBoundingClientRect). */
export function localRect(box: DOMRect, el: Element): Rect {
  const r = el.getBoundingClientRect()
  return {
    left: r.left - box.left,
    top: r.top - box.top,
    right: r.right - box.left,
    bottom: r.bottom - box.top,
  }
}

function shown(el: Element): boolean {
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
}

/** The map's controls and the page's overlays, where they overlap the map. */
export function obstructionRects(container: HTMLElement): Rect[] {
  const box = container.getBoundingClientRect()
  const scope = container.closest('.map-column') ?? document
  const els = [
    ...container.querySelectorAll(CONTROL_SELECTOR),
    ...scope.querySelectorAll(OBSTRUCTION_SELECTOR),
  ]
  return els.flatMap((el) => {
    if (!shown(el)) return []
    const r = localRect(box, el)
    const overlaps = r.right > 0 && r.bottom > 0 && r.left < box.width && r.top < box.height
    return overlaps ? [r] : []
  })
}

/**
 * Calls `onChange` (once per frame) when an obstruction appears, goes or changes size: the legend opening
 * or closing, a control added. Returns the teardown.
 */
export function watchObstructions(container: HTMLElement, onChange: () => void): Teardown {
  const task = oncePerFrame(onChange)
  const scope = container.closest('.map-column') ?? container
  const sizes = new ResizeObserver(task.schedule)
  const observeAll = () => {
    sizes.disconnect()
    for (const el of scope.querySelectorAll(`${OBSTRUCTION_SELECTOR}, ${CONTROL_SELECTOR}`))
      sizes.observe(el)
  }
  const tree = new MutationObserver(() => {
    observeAll()
    task.schedule()
  })
  tree.observe(scope, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-obstruction'],
  })
  observeAll()
  return () => {
    tree.disconnect()
    sizes.disconnect()
    task.cancel()
  }
}
