/**
 * How much of each side of the map a camera fit must leave free: what covers the map there (the legend,
 * a card or sheet over it, the zoom buttons), plus room for the names and tags that hang off the places
 * being framed. MapLibre's cameraForBounds takes the result as its `padding`, so a stop's subject lands
 * in the part of the map the room can actually see (room.md: "fit the stop's places and flows into the
 * part of the map the card and controls do not cover"). Pure screen geometry, tested without a map.
 */
import type { Rect } from './rect'

export interface Padding {
  top: number
  bottom: number
  left: number
  right: number
}

type Side = keyof Padding

/**
 * The padding that keeps every obstruction out of the framed area. Each one is assigned to the side of
 * the map it costs least to give up: a legend in the bottom-left corner of a wide map takes its height
 * from the bottom, not its width from the left. Rectangles are in the map's own coordinates.
 */
export function obstructionPadding(
  width: number,
  height: number,
  obstructions: readonly Rect[],
): Padding {
  const pad: Padding = { top: 0, bottom: 0, left: 0, right: 0 }
  for (const r of obstructions) {
    const left = Math.max(0, r.left)
    const right = Math.min(width, r.right)
    const top = Math.max(0, r.top)
    const bottom = Math.min(height, r.bottom)
    if (right <= left || bottom <= top) continue
    // What each side would have to give up to clear this rectangle, in px of depth and area lost.
    const options: { side: Side; depth: number; lost: number }[] = [
      { side: 'left', depth: right, lost: right * height },
      { side: 'right', depth: width - left, lost: (width - left) * height },
      { side: 'top', depth: bottom, lost: bottom * width },
      { side: 'bottom', depth: height - top, lost: (height - top) * width },
    ]
    const best = options.sort((a, b) => a.lost - b.lost)[0]!
    pad[best.side] = Math.max(pad[best.side], best.depth)
  }
  return pad
}

/**
 * The obstruction padding plus room for names: at least `room` on every side, and never so much that
 * less than `minShare` of either dimension is left to frame into (a phone's small map still gets a
 * middle to fit into, the padding giving way evenly).
 */
export function fitPadding(
  width: number,
  height: number,
  obstructions: readonly Rect[],
  room: { x: number; y: number },
  minShare = 0.35,
): Padding {
  const o = obstructionPadding(width, height, obstructions)
  const pad: Padding = {
    top: o.top + room.y,
    bottom: o.bottom + room.y,
    left: o.left + room.x,
    right: o.right + room.x,
  }
  const squeeze = (a: Side, b: Side, size: number) => {
    const free = size - pad[a] - pad[b]
    const min = size * minShare
    if (free >= min) return
    const scale = Math.max(0, size - min) / (pad[a] + pad[b])
    pad[a] = Math.floor(pad[a] * scale)
    pad[b] = Math.floor(pad[b] * scale)
  }
  squeeze('left', 'right', width)
  squeeze('top', 'bottom', height)
  return pad
}
