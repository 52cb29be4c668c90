/**
 * One pass that decides what the map prints and where: which place dots show, which side of its dot each
 * place name sits on, where along its line each flow's tag sits, and which country and sea names fit.
 * Nothing printed overlaps anything else printed, the map's own controls, the legend, the edge chips, or
 * the edge of the view (room.md: "No label, tag or marker overlaps another or a country or sea name").
 *
 * Greedy by rank: the story's own items (rank 0: a stop's subject, the selection and what it relates
 * to) are placed first and are never displaced by anything of lower rank; each later item takes the
 * first free spot in its order of preference, or is left out (its dot and button stay reachable in the
 * list panel, and a hidden name shows on hover and focus). Country and sea names come last: they are
 * the first to give way. Pure screen geometry (px, y down), so it is unit-tested without a map.
 */
import { rectsOverlap, type Rect } from './rect'

export type LabelSlot =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left'

export const ALL_SLOTS: readonly LabelSlot[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
]

export interface Size {
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export interface PlacePiece {
  id: string
  /** 0 for the story's own items; higher gives way to lower. */
  rank: number
  /** The dot's centre on screen. */
  x: number
  y: number
  /** Half the side of the dot's square. */
  radius: number
  /** The name's box; null for a place that prints no name. */
  label: Size | null
  /** Where the name may go, most wanted first. */
  slots: readonly LabelSlot[]
}

export interface TagPiece {
  id: string
  rank: number
  size: Size
  /** Points along the flow's own line, most wanted first. */
  candidates: readonly Point[]
}

export interface NamePiece {
  id: string
  box: Rect
}

/**
 * A drawn line. Nothing of lower rank may cover a line of rank 0 (the story's own), and names avoid
 * covering any line where they have a free spot that does not.
 */
export interface LineGuard {
  rank: number
  points: readonly Point[]
}

export interface LabelLayoutInput {
  view: { width: number; height: number; inset: number }
  /** Controls, legend, edge chips: nothing goes over them. */
  obstacles: readonly Rect[]
  places: readonly PlacePiece[]
  tags: readonly TagPiece[]
  names: readonly NamePiece[]
  lines: readonly LineGuard[]
  /** Between a dot and its name, in px. */
  gap: number
}

export interface PlaceLayout {
  /** The dot is drawn (false: off screen, or covered by a more important dot). */
  dot: boolean
  /** Where the name sits; null when it is left out. */
  slot: LabelSlot | null
}

export interface LabelLayout {
  places: Map<string, PlaceLayout>
  /** The chosen candidate for each tag, or null when none is free. */
  tags: Map<string, number | null>
  /** Country and sea names that fit. */
  names: Set<string>
}

/** Boxes keep this far apart, so two names never touch. */
const PAD = 2
/** How close to a guarded line a name may come, in px. */
const LINE_CLEARANCE = 4

/** The name's box for a dot at (x, y) with the name in `slot`. The DOM places names with this too. */
export function slotRect(
  { x, y }: Point,
  radius: number,
  gap: number,
  { width: w, height: h }: Size,
  slot: LabelSlot,
): Rect {
  const r = radius + gap
  // Diagonal slots start at the dot's shoulder rather than its corner, so the name still reads as its own.
  const d = radius * 0.5
  let left: number
  let top: number
  switch (slot) {
    case 'right':
      left = x + r
      top = y - h / 2
      break
    case 'left':
      left = x - r - w
      top = y - h / 2
      break
    case 'above':
      left = x - w / 2
      top = y - r - h
      break
    case 'below':
      left = x - w / 2
      top = y + r
      break
    case 'above-right':
      left = x + d
      top = y - r - h
      break
    case 'above-left':
      left = x - d - w
      top = y - r - h
      break
    case 'below-right':
      left = x + d
      top = y + r
      break
    case 'below-left':
      left = x - d - w
      top = y + r
      break
  }
  return { left, top, right: left + w, bottom: top + h }
}

const grow = (r: Rect, by: number): Rect => ({
  left: r.left - by,
  top: r.top - by,
  right: r.right + by,
  bottom: r.bottom + by,
})

const inside = (r: Rect, view: LabelLayoutInput['view']) =>
  r.left >= view.inset &&
  r.top >= view.inset &&
  r.right <= view.width - view.inset &&
  r.bottom <= view.height - view.inset

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const l2 = dx * dx + dy * dy
  const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2))
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

/** Whether a polyline passes within `clearance` px of the box (or through it). */
export function lineCrossesRect(points: readonly Point[], r: Rect, clearance = 0): boolean {
  const box = grow(r, clearance)
  const cx = (box.left + box.right) / 2
  const cy = (box.top + box.bottom) / 2
  const halfDiag = Math.hypot(box.right - box.left, box.bottom - box.top) / 2
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    // Cheap reject: the segment is nowhere near the box.
    if (distanceToSegment({ x: cx, y: cy }, a, b) > halfDiag) continue
    if (segmentHitsRect(a, b, box)) return true
  }
  return false
}

function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  const within = (p: Point) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom
  if (within(a) || within(b)) return true
  // Liang-Barsky clipping: does any part of a-b fall inside the box?
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0
    const t = q / p
    if (p < 0) {
      if (t > t1) return false
      if (t > t0) t0 = t
    } else {
      if (t < t0) return false
      if (t < t1) t1 = t
    }
    return true
  }
  return (
    clip(-dx, a.x - r.left) &&
    clip(dx, r.right - a.x) &&
    clip(-dy, a.y - r.top) &&
    clip(dy, r.bottom - a.y) &&
    t0 <= t1
  )
}

export function layoutLabels(input: LabelLayoutInput): LabelLayout {
  const { view, gap } = input
  const taken: Rect[] = input.obstacles.map((r) => grow(r, PAD))
  const clear = (r: Rect) => !taken.some((t) => rectsOverlap(t, r))
  /** Whether `r`, printed for something below the story's own rank, would cover one of the story's lines. */
  const buries = (r: Rect, rank: number) =>
    rank > 0 &&
    input.lines.some((l) => l.rank === 0 && lineCrossesRect(l.points, r, LINE_CLEARANCE))
  /** How many lines `r` would cover: among the free spots, names take the one that covers fewest. */
  const covers = (r: Rect) => input.lines.filter((l) => lineCrossesRect(l.points, r, 1)).length

  const places = new Map<string, PlaceLayout>()
  const byRank = [...input.places].sort((a, b) => a.rank - b.rank)
  const dotRect = (p: PlacePiece): Rect => ({
    left: p.x - p.radius,
    top: p.y - p.radius,
    right: p.x + p.radius,
    bottom: p.y + p.radius,
  })

  // Dots first, all of them: no name may cover any dot, and a minor dot under a major one is dropped.
  const dots: Rect[] = []
  for (const p of byRank) {
    const box = dotRect(p)
    // A dot the edge would cut is left out (the edge chips point to what lies beyond); the story's own
    // are framed clear of the edge by the camera, so only their centre has to be in view.
    const onScreen =
      p.rank === 0
        ? p.x >= 0 && p.y >= 0 && p.x <= view.width && p.y <= view.height
        : box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height
    const shown =
      onScreen &&
      (p.rank === 0 ||
        (!dots.some((d) => rectsOverlap(d, box)) && !taken.some((t) => rectsOverlap(t, box))))
    places.set(p.id, { dot: shown, slot: null })
    if (shown) dots.push(box)
  }
  taken.push(...dots.map((d) => grow(d, PAD)))

  const tags = new Map<string, number | null>()
  const ranks = [...new Set([...input.places, ...input.tags].map((x) => x.rank))].sort(
    (a, b) => a - b,
  )
  for (const rank of ranks) {
    for (const p of byRank) {
      if (p.rank !== rank || !p.label || !places.get(p.id)?.dot) continue
      let best: { slot: LabelSlot; box: Rect; cost: number } | null = null
      for (const slot of p.slots) {
        const box = grow(slotRect(p, p.radius, gap, p.label, slot), PAD)
        if (!inside(box, view) || !clear(box) || buries(box, rank)) continue
        const cost = covers(box)
        if (!best || cost < best.cost) best = { slot, box, cost }
        if (cost === 0) break
      }
      if (best) {
        places.set(p.id, { dot: true, slot: best.slot })
        taken.push(best.box)
      }
    }
    for (const t of input.tags) {
      if (t.rank !== rank) continue
      let chosen: number | null = null
      for (const [i, c] of t.candidates.entries()) {
        const box = grow(
          {
            left: c.x - t.size.width / 2,
            top: c.y - t.size.height / 2,
            right: c.x + t.size.width / 2,
            bottom: c.y + t.size.height / 2,
          },
          PAD,
        )
        if (!inside(box, view) || !clear(box) || buries(box, rank)) continue
        chosen = i
        taken.push(box)
        break
      }
      tags.set(t.id, chosen)
    }
  }

  const names = new Set<string>()
  for (const n of input.names) {
    const box = grow(n.box, PAD)
    if (!inside(box, view) || !clear(box) || buries(box, Infinity)) continue
    names.add(n.id)
    taken.push(box)
  }
  return { places, tags, names }
}
