/**
 * Where on its line each flow's button sits. Buttons like the middle of their line, but slide along it
 * to stay on screen and clear of place names, edge markers, controls and each other: three flows run down
 * the corridor from the Russian Far East past Vladivostok to Pyongyang, and their middles nearly touch.
 * Pure screen geometry (px, y down), so it is tested without a map.
 */
import type { Rect } from './rect'

export interface FlowMarkerItem {
  id: string
  size: { width: number; height: number }
  /** Screen points along the flow's line, most wanted first. */
  candidates: readonly { x: number; y: number }[]
}

export interface ViewBox {
  width: number
  height: number
  /** Keep buttons this far inside the view. */
  inset: number
}

/**
 * At most this many flows get a button on the map at once. A button is a DOM element that MapLibre moves
 * on every frame and that the layout below places against every other one, so thousands of them (2,000
 * flows in the benchmark's generated data) made each filter change take seconds and stalled the GPU
 * process; and more buttons than this no longer fit a map readably anyway. Every flow is still drawn as
 * a clickable line and listed in the list panel, which is the keyboard route to all of them. The
 * article has 12 flows, far below the cap (a unit test keeps it so), so it never hides one of them.
 */
export const MAX_FLOW_BUTTONS = 40

/** Which flows get a button: the first visible ones, in the data's order, up to the cap. */
export function flowsWithButtons(
  flowIds: readonly string[],
  visible: { has(id: string): boolean },
  max = MAX_FLOW_BUTTONS,
): Set<string> {
  const out = new Set<string>()
  for (const id of flowIds) {
    if (out.size >= max) break
    if (visible.has(id)) out.add(id)
  }
  return out
}

/** Fractions of the line to try, from the middle outwards. */
export function candidateFractions(preferred = 0.5, step = 0.03, min = 0.06, max = 0.94): number[] {
  const out = [preferred]
  for (let k = 1; preferred - k * step >= min || preferred + k * step <= max; k++) {
    if (preferred - k * step >= min) out.push(preferred - k * step)
    if (preferred + k * step <= max) out.push(preferred + k * step)
  }
  return out
}

function rectAt(
  { x, y }: { x: number; y: number },
  { width, height }: FlowMarkerItem['size'],
  pad: number,
): Rect {
  return {
    left: x - width / 2 - pad,
    top: y - height / 2 - pad,
    right: x + width / 2 + pad,
    bottom: y + height / 2 + pad,
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

/** A button that would have more than this share of itself covered is left out rather than buried. */
const MAX_COVERED = 0.25

/**
 * For each item, the index of the chosen candidate, or null when none is on screen and mostly clear.
 * Items are placed in order; a candidate touching a button already placed is never taken; of the rest,
 * the first that covers nothing wins, otherwise the one covering least. A flow left out here is still
 * in the list panel and reachable after a zoom.
 */
export function chooseFlowMarkerSpots(
  items: readonly FlowMarkerItem[],
  obstacles: readonly Rect[],
  view: ViewBox,
  pad = 3,
): Map<string, number | null> {
  const buttons: Rect[] = []
  const chosen = new Map<string, number | null>()
  for (const item of items) {
    let best: { index: number; cost: number; rect: Rect } | null = null
    for (const [index, point] of item.candidates.entries()) {
      const rect = rectAt(point, item.size, pad)
      const inView =
        rect.left >= view.inset &&
        rect.top >= view.inset &&
        rect.right <= view.width - view.inset &&
        rect.bottom <= view.height - view.inset
      if (!inView) continue
      // Never onto another button, not even a corner (touching is fine): a partly covered button is a
      // target too small to hit (WCAG 2.5.8). Names and controls may be grazed, up to MAX_COVERED.
      const core = rectAt(point, item.size, 0)
      if (buttons.some((r) => overlapArea(core, r) > 0)) continue
      const cost = obstacles.reduce((sum, r) => sum + overlapArea(rect, r), 0)
      if (!best || cost < best.cost) best = { index, cost, rect }
      if (cost === 0) break
    }
    const area = (item.size.width + 2 * pad) * (item.size.height + 2 * pad)
    const ok = best && best.cost <= MAX_COVERED * area ? best : null
    chosen.set(item.id, ok ? ok.index : null)
    if (ok) buttons.push(rectAt(item.candidates[ok.index]!, item.size, 0))
  }
  return chosen
}
