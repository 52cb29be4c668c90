/**
 * Dates exactly as precise as the article: "1948", "2000-07", "2023-09-13". Nothing here ever invents a
 * month or a day that the data does not hold.
 */
import { PARTIAL_DATE, type When } from '../data/schema'

export type Precision = 'year' | 'month' | 'day'

export interface PartialDate {
  year: number
  month?: number
  day?: number
  precision: Precision
}

export function parsePartialDate(s: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(s)
  if (!m) return null
  const year = Number(m[1])
  if (m[2] === undefined) return { year, precision: 'year' }
  const month = Number(m[2])
  if (m[3] === undefined) return { year, month, precision: 'month' }
  const day = Number(m[3])
  // Reject dates the regex lets through but the calendar does not have (2023-02-30).
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1) return null
  return { year, month, day, precision: 'day' }
}

/** A sortable key that places a year-only date before any month of that year. */
export function sortKey(s: string): number {
  const d = parsePartialDate(s)
  if (!d) return Number.POSITIVE_INFINITY
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0)
}

/** The whole years a When touches, or null when undated. */
export function yearSpan(w: When): [number, number] | null {
  if (w.kind === 'undated') return null
  const from = parsePartialDate(w.kind === 'point' ? w.date : w.from)
  const to = parsePartialDate(w.kind === 'point' ? w.date : w.to)
  if (!from || !to) return null
  return [from.year, to.year]
}

/** Undated items sort after dated ones; spans by their start. */
export function whenSortKey(w: When): number {
  if (w.kind === 'undated') return Number.POSITIVE_INFINITY
  return sortKey(w.kind === 'point' ? w.date : w.from)
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export function formatPartialDate(s: string): string {
  const d = parsePartialDate(s)
  if (!d) return s
  if (d.precision === 'year') return String(d.year)
  const month = MONTHS[(d.month ?? 1) - 1]
  return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`
}

/** "July 2000", "1948–1991", or "Undated". */
export function formatWhen(w: When): string {
  switch (w.kind) {
    case 'undated':
      return 'Undated'
    case 'point':
      return formatPartialDate(w.date)
    case 'span':
      return `${formatPartialDate(w.from)}–${formatPartialDate(w.to)}`
  }
}

export function isInferred(w: When): boolean {
  return w.kind !== 'undated' && w.inferred !== undefined
}
