/**
 * Where the edge markers go: each off-screen place gets a button on the edge of the view in its
 * direction from the centre, and buttons on the same edge are stacked so they never cover each other.
 * Pure screen geometry (px, y down), so it is tested without a map.
 */
import type { Rect } from './rect'

export type Edge = 'left' | 'right' | 'top' | 'bottom'

export interface EdgeFrame {
  width: number
  height: number
  /** Gap between the view's edge and the buttons. */
  margin: number
  /** Gap between stacked buttons. */
  gap: number
  /** The stretch of each edge buttons may use, [start, end] px along it (controls take the rest). */
  ranges: Readonly<Record<Edge, readonly [number, number]>>
}

export interface EdgeItem {
  id: string
  /** The place's screen position, far outside the view. */
  target: { x: number; y: number }
  size: { width: number; height: number }
}

export interface EdgePlacement {
  id: string
  edge: Edge
  /** Top-left corner of the button. */
  left: number
  top: number
  /** Direction to the place in degrees, clockwise from east (as CSS rotate reads it). */
  angle: number
}

interface Slot {
  item: EdgeItem
  /** Where the button's middle would like to be along its edge. */
  along: number
  length: number
  start: number
  /** 0 against the edge; 1, 2 further in when the edge is full. */
  row: number
}

/** Rows per edge before buttons are allowed to overlap. */
const MAX_ROWS = 3

/** Where the ray from the centre towards `target` leaves the view (inset by the margin). */
function exitPoint(
  frame: EdgeFrame,
  target: { x: number; y: number },
): { edge: Edge; along: number } {
  const cx = frame.width / 2
  const cy = frame.height / 2
  const vx = target.x - cx
  const vy = target.y - cy
  const m = frame.margin
  const tx = vx > 0 ? (frame.width - m - cx) / vx : vx < 0 ? (m - cx) / vx : Infinity
  const ty = vy > 0 ? (frame.height - m - cy) / vy : vy < 0 ? (m - cy) / vy : Infinity
  if (tx <= ty) return { edge: vx > 0 ? 'right' : 'left', along: cy + tx * vy }
  return { edge: vy > 0 ? 'bottom' : 'top', along: cx + ty * vx }
}

type Interval = readonly [number, number]

/** The stretch of an edge an obstacle covers, if it reaches into the band [inset, inset + depth]. */
function blockedAlong(
  edge: Edge,
  frame: EdgeFrame,
  inset: number,
  depth: number,
  r: Rect,
): Interval | null {
  switch (edge) {
    case 'left':
      return r.left < inset + depth && r.right > inset ? [r.top, r.bottom] : null
    case 'right':
      return r.right > frame.width - inset - depth && r.left < frame.width - inset
        ? [r.top, r.bottom]
        : null
    case 'top':
      return r.top < inset + depth && r.bottom > inset ? [r.left, r.right] : null
    case 'bottom':
      return r.bottom > frame.height - inset - depth && r.top < frame.height - inset
        ? [r.left, r.right]
        : null
  }
}

/**
 * Places one edge's slots in order of where they want to be: each goes to the free position nearest its
 * wish, clear of obstacles and of the slots before it, in the row nearest the edge that has room.
 */
function stack(
  edge: Edge,
  slots: Slot[],
  frame: EdgeFrame,
  obstacles: readonly Rect[],
  depth: number,
) {
  const [rangeStart, rangeEnd] = frame.ranges[edge]
  const gap = frame.gap
  const rows: Interval[][] = Array.from({ length: MAX_ROWS }, (_, row) =>
    obstacles.flatMap((r) => {
      const interval = blockedAlong(edge, frame, frame.margin + row * (depth + gap), depth, r)
      return interval ? [interval] : []
    }),
  )
  slots.sort((a, b) => a.along - b.along)
  for (const s of slots) {
    const wish = s.along - s.length / 2
    let placed = false
    for (const [row, taken] of rows.entries()) {
      const fits = (start: number) =>
        start >= rangeStart &&
        start + s.length <= rangeEnd &&
        taken.every(([a, b]) => start + s.length + gap <= a || start >= b + gap)
      const candidates = [
        wish,
        rangeStart,
        rangeEnd - s.length,
        ...taken.flatMap(([a, b]) => [a - gap - s.length, b + gap]),
      ]
      const best = candidates
        .filter(fits)
        .sort((x, y) => Math.abs(x - wish) - Math.abs(y - wish))[0]
      if (best === undefined) continue
      s.start = best
      s.row = row
      taken.push([best, best + s.length])
      placed = true
      break
    }
    // No room anywhere: overlap at the edge rather than leave the place without a way to it.
    if (!placed) s.start = Math.max(rangeStart, Math.min(rangeEnd - s.length, wish))
  }
}

/** `obstacles`: what the buttons should keep clear of (the names of places near the edge). */
export function layoutEdgeMarkers(
  frame: EdgeFrame,
  items: readonly EdgeItem[],
  obstacles: readonly Rect[] = [],
): EdgePlacement[] {
  const byEdge: Record<Edge, Slot[]> = { left: [], right: [], top: [], bottom: [] }
  for (const item of items) {
    const { edge, along } = exitPoint(frame, item.target)
    const length = edge === 'left' || edge === 'right' ? item.size.height : item.size.width
    byEdge[edge].push({ item, along, length, start: 0, row: 0 })
  }
  const placements: EdgePlacement[] = []
  for (const edge of Object.keys(byEdge) as Edge[]) {
    const slots = byEdge[edge]
    if (!slots.length) continue
    const across = (s: Slot) =>
      edge === 'left' || edge === 'right' ? s.item.size.width : s.item.size.height
    // How far into the map one row of this edge's buttons reaches: the widest (or tallest) of them.
    const depth = Math.max(...slots.map(across))
    stack(edge, slots, frame, obstacles, depth)
    for (const s of slots) {
      const { width, height } = s.item.size
      const inset = frame.margin + s.row * (depth + frame.gap)
      const angle =
        (Math.atan2(s.item.target.y - frame.height / 2, s.item.target.x - frame.width / 2) * 180) /
        Math.PI
      const corner =
        edge === 'left'
          ? { left: inset, top: s.start }
          : edge === 'right'
            ? { left: frame.width - inset - width, top: s.start }
            : edge === 'top'
              ? { left: s.start, top: inset }
              : { left: s.start, top: frame.height - inset - height }
      placements.push({ id: s.item.id, edge, angle, ...corner })
    }
  }
  return placements
}

const COMPASS = [
  'east',
  'south-east',
  'south',
  'south-west',
  'west',
  'north-west',
  'north',
  'north-east',
] as const

/** "west", "north-east"…, from a screen angle (clockwise from east). */
export function compassDirection(angle: number): (typeof COMPASS)[number] {
  const sector = Math.round((((angle % 360) + 360) % 360) / 45) % 8
  return COMPASS[sector] as (typeof COMPASS)[number]
}
