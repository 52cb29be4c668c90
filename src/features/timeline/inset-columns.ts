/**
 * The timeline's zoomed inset (see layout.ts): one column per year of the inset and one per date the
 * article gives within it, in date order and not to scale, each wide enough for its events as 24px-plus
 * targets. An event dated only "2023" goes under "2023", never at an invented month.
 */
import type { Event } from '../../data/schema'
import { formatPartialDate, parsePartialDate, sortKey } from '../../lib/dates'
import { CELL_REM, dateOf, type TimelineRange } from './axis'

/** Narrowest column, so its two-line label fits. */
export const SLOT_MIN_REM = 3.3
export const SLOT_GAP_REM = 0.3

export interface Slot {
  key: string
  year: number
  /** Main label ("2023", "Jul") and a second line ("year only", "2023"). */
  label: string
  sub: string
  xRem: number
  widthRem: number
}

export interface PointB {
  type: 'point'
  event: Event
  row: number
  xRem: number
}

const MONTH_ABBR = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

type SlotInfo = Omit<Slot, 'xRem' | 'widthRem'>

function slotFor(date: string): SlotInfo {
  const d = parsePartialDate(date)
  const year = d?.year ?? Number(date.slice(0, 4))
  if (!d || d.month === undefined)
    return { key: String(year), year, label: String(year), sub: 'year only' }
  const month = MONTH_ABBR[d.month - 1] ?? ''
  return { key: date, year, label: d.day ? `${d.day} ${month}` : month, sub: String(year) }
}

export function layoutInset(events: readonly Event[], range: TimelineRange, rows: number) {
  // Every year of the inset gets a column even when empty, so the axis keeps its shape.
  const info = new Map<string, SlotInfo>()
  for (let y = range.insetFrom; y <= range.last; y++) info.set(String(y), slotFor(String(y)))
  const members = new Map<string, Event[]>()
  for (const e of events) {
    const s = slotFor(dateOf(e))
    info.set(s.key, s)
    // Pushed, not copied: a copy per event made this quadratic (10,000 events in a few columns).
    const list = members.get(s.key)
    if (list) list.push(e)
    else members.set(s.key, [e])
  }

  let x = 0
  const slots: Slot[] = []
  const points: PointB[] = []
  for (const key of [...info.keys()].sort((p, q) => sortKey(p) - sortKey(q))) {
    const inSlot = members.get(key) ?? []
    const cols = Math.max(1, Math.ceil(inSlot.length / rows))
    const widthRem = Math.max(SLOT_MIN_REM, cols * CELL_REM)
    const left = x + (widthRem - cols * CELL_REM) / 2
    // Column by column, top to bottom, so reading order and Tab order agree.
    inSlot.forEach((event, i) => {
      points.push({
        type: 'point',
        event,
        row: i % rows,
        xRem: left + Math.floor(i / rows) * CELL_REM,
      })
    })
    slots.push({ ...info.get(key)!, xRem: x, widthRem })
    x += widthRem + SLOT_GAP_REM
  }
  return { slots, points, widthRem: Math.max(0, x - SLOT_GAP_REM) }
}

/** "2023, month not given" or "July 2023": a column's name in words. */
export function slotTitle(s: Slot): string {
  return s.sub === 'year only' ? `${s.year}, month not given` : formatPartialDate(s.key)
}
