/**
 * Where each event sits on the timeline. Pure, so it is tested without a DOM.
 *
 * The axis is broken in two. The article's 75 years are very uneven: three dated events in the first
 * 74, and a dozen in 2022-2023. A single linear axis would pile the recent ones into a few pixels,
 * too small to press or to read from the back of a room. So:
 *
 * - Segment A, from the first year to the year before the inset, is linear in years (in %, it stretches
 *   with the window), labelled by decade.
 * - Segment B, the inset, holds the last years. It is ordered by date but not to scale: one column per
 *   date the article gives there ("2023", "July 2023"), and no empty months. The columns keep the
 *   article's own precision: an event dated only "2023" sits under "2023", never at an invented month.
 *   Column widths are in rem, so every event stays a 24px-plus target at any window size.
 * - Undated events follow in their own group.
 *
 * Eras (spans) are bars in lanes above the points; one that runs into the inset continues there.
 */
import type { Event } from '../../data/schema'
import { parsePartialDate } from '../../lib/dates'
import { layoutInset, type PointB, type Slot } from './inset-columns'
import { dateOf, type TimelineRange } from './axis'

export type { PointB, Slot } from './inset-columns'
export { CELL_REM, type TimelineRange } from './axis'

/** Points stack at most this many deep before a column widens (more if segment A needs it). */
const MIN_ROWS = 2
/** In segment A, points closer than this many years go in separate rows, so buttons never overlap. */
const A_CLEARANCE_YEARS = 10

export interface EraBar {
  type: 'era'
  event: Event
  lane: number
  /** In segment A: fractions of its width. */
  from: number
  to: number
  /** The era runs on into the inset. */
  continues: boolean
}

export interface InsetEraBar {
  type: 'era'
  event: Event
  lane: number
  xRem: number
  widthRem: number
  /** False when the bar only continues an era that starts (and has its button) in segment A. */
  interactive: boolean
}

export interface PointA {
  type: 'point'
  event: Event
  row: number
  /** Fraction of segment A's width. */
  at: number
}

export interface UndatedPoint {
  event: Event
  row: number
  col: number
}

export interface TimelineLayout {
  range: TimelineRange
  lanes: number
  rows: number
  /** Items of each segment in date order, which is the Tab order. */
  a: (EraBar | PointA)[]
  b: { slots: Slot[]; items: (InsetEraBar | PointB)[]; widthRem: number }
  undated: { points: UndatedPoint[]; cols: number }
}

/** A date as a position in years: the middle of the year, month or day it names. */
function yearPosition(date: string): number {
  const d = parsePartialDate(date)
  if (!d) return Number.NaN
  if (d.month === undefined) return d.year + 0.5
  return d.year + (d.month - 0.5) / 12
}

/** A span as [start, end) in years, covering the whole of its first and last year or month. */
function spanYears(from: string, to: string): [number, number] {
  const a = parsePartialDate(from)
  const b = parsePartialDate(to)
  if (!a || !b) return [Number.NaN, Number.NaN]
  const start = a.year + (a.month ? (a.month - 1) / 12 : 0)
  const end = b.year + (b.month ? b.month / 12 : 1)
  return [start, end]
}

// Events are never mutated and each filter change lays the same ones out again: parse each date once.
const positions = new WeakMap<Event, readonly [number, number]>()

/** An era's [start, end) in years, or a point's position twice. */
function positionOf(e: Event): readonly [number, number] {
  let p = positions.get(e)
  if (!p) {
    const w = e.when
    if (w.kind === 'span' && w.from !== w.to) p = spanYears(w.from, w.to)
    else {
      const at = yearPosition(dateOf(e))
      p = [at, at]
    }
    positions.set(e, p)
  }
  return p
}

/**
 * Lanes that hold intervals that do not overlap: each interval goes in the first lane free at its start.
 * With 10,000 events there are over a thousand rows, and scanning them for every point was most of the
 * layout's time (about 250 ms), so a min-tree over the lanes' ends finds the first free one in
 * O(log lanes). Same answer as the scan: the leftmost lane whose end is at or before the start.
 */
class Lanes {
  /** How many lanes are in use. */
  count = 0
  private readonly leaves: number
  /** Heap-ordered: node i covers its children 2i and 2i+1; leaf j is at leaves + j. */
  private readonly minEnd: Float64Array

  /** @param capacity at most this many intervals will be placed (so at most this many lanes) */
  constructor(capacity: number) {
    let leaves = 1
    while (leaves < capacity + 1) leaves *= 2
    this.leaves = leaves
    // Unused lanes are free for anything, so the first of them is where a new lane opens.
    this.minEnd = new Float64Array(2 * leaves).fill(-Infinity)
  }

  place(start: number, end: number): number {
    const { minEnd, leaves } = this
    let lane = this.count
    // NaN (a date that did not parse) fits no lane, as `end <= NaN` is false: it opens a new one.
    if (!Number.isNaN(start)) {
      let i = 1
      while (i < leaves) i = minEnd[2 * i]! <= start ? 2 * i : 2 * i + 1
      lane = i - leaves
    }
    if (lane === this.count) this.count++
    // A NaN end never frees its lane again; +Infinity says the same and keeps the minima ordered.
    let i = leaves + lane
    minEnd[i] = Number.isNaN(end) ? Infinity : end
    for (i >>= 1; i >= 1; i >>= 1) minEnd[i] = Math.min(minEnd[2 * i]!, minEnd[2 * i + 1]!)
    return lane
  }
}

export function layoutTimeline(events: readonly Event[], range: TimelineRange): TimelineLayout {
  const { first, insetFrom } = range
  const aYears = insetFrom - first
  const frac = (y: number) => Math.min(1, Math.max(0, (y - first) / aYears))

  const eras: { event: Event; start: number; end: number }[] = []
  const aPoints: Event[] = []
  const bPoints: Event[] = []
  const undated: Event[] = []
  for (const e of events) {
    const w = e.when
    if (w.kind === 'undated') undated.push(e)
    else if (w.kind === 'span' && w.from !== w.to) {
      const [start, end] = positionOf(e)
      eras.push({ event: e, start, end })
    } else {
      if (positionOf(e)[0] < insetFrom) aPoints.push(e)
      else bPoints.push(e)
    }
  }

  // Era lanes, shared by both segments so a bar keeps its height across the break.
  const eraLaneSet = new Lanes(eras.length)
  const eraLanes = eras.map((era) => eraLaneSet.place(era.start, era.end))

  // Segment A points: rows by clearance in years.
  const rowSet = new Lanes(aPoints.length)
  const pointsA: PointA[] = aPoints.map((event) => {
    const pos = positionOf(event)[0]
    const row = rowSet.place(pos - A_CLEARANCE_YEARS / 2, pos + A_CLEARANCE_YEARS / 2)
    return { type: 'point', event, row, at: frac(pos) }
  })
  const rows = Math.max(MIN_ROWS, rowSet.count)

  const { slots, points: pointsB, widthRem: bWidth } = layoutInset(bPoints, range, rows)

  const erasA: EraBar[] = []
  const erasB: InsetEraBar[] = []
  eras.forEach(({ event, start, end }, i) => {
    const lane = eraLanes[i]!
    if (start < insetFrom)
      erasA.push({
        type: 'era',
        event,
        lane,
        from: frac(start),
        to: frac(Math.min(end, insetFrom)),
        continues: end > insetFrom,
      })
    if (end > insetFrom) {
      // Inset columns are whole years or months within them: cover every column of the years touched.
      const fromYear = Math.max(insetFrom, Math.floor(start))
      const toYear = Math.ceil(end) - 1
      const covered = slots.filter((s) => s.year >= fromYear && s.year <= toYear)
      const firstSlot = covered[0]
      const lastSlot = covered[covered.length - 1]
      if (firstSlot && lastSlot) {
        erasB.push({
          type: 'era',
          event,
          lane,
          xRem: firstSlot.xRem,
          widthRem: lastSlot.xRem + lastSlot.widthRem - firstSlot.xRem,
          interactive: start >= insetFrom,
        })
      }
    }
  })

  const undatedPoints = undated.map((event, i) => ({
    event,
    row: i % rows,
    col: Math.floor(i / rows),
  }))
  const rank = new Map(events.map((e, i) => [e.id, i]))
  const inOrder = <T extends { event: Event }>(items: T[]) =>
    items.sort((p, q) => (rank.get(p.event.id) ?? 0) - (rank.get(q.event.id) ?? 0))
  return {
    range,
    lanes: eraLaneSet.count,
    rows,
    a: inOrder<EraBar | PointA>([...erasA, ...pointsA]),
    b: { slots, items: inOrder<InsetEraBar | PointB>([...erasB, ...pointsB]), widthRem: bWidth },
    undated: { points: undatedPoints, cols: Math.ceil(undated.length / rows) },
  }
}
