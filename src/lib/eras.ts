/**
 * The article's chapters as eras, to group a place's events and flows: Soviet times, the years after
 * the Soviet collapse, the revival attempts from Putin's visit in 2000, and the war years from the
 * invasion, then the undated items. The same chapters as the year presets (features/filters), but a
 * partition: every item belongs to exactly one era, the one its date (a span's start) falls in, so the
 * revival attempts end where the invasion's era begins, while the "Revival attempts" preset may run on.
 */
import type { When } from '../data/schema'
import { yearSpan } from './dates'
import { YEAR_MAX } from './explorer-view'

export interface Era {
  id: string
  /** The chapter's name, e.g. "Cold War". */
  label: string
  /** First and last year; null for the undated group. */
  years: readonly [number, number] | null
}

/** In date order, the undated group last. Each era runs from its start to the year before the next. */
export const ERAS: readonly Era[] = [
  // "Moscow's role as major supplier ... throughout the Cold War", from the founding in 1948 (¶6).
  { id: 'cold-war', label: 'Cold War', years: [1948, 1991] },
  // "with the dissolution of the USSR in 1991, relations languished" (¶7).
  { id: 'languished', label: 'Relations languished', years: [1992, 1999] },
  // "Efforts to revive bilateral ties ... starting with ... Putin's visit to Pyongyang in July 2000" (¶8).
  { id: 'revival', label: 'Revival attempts', years: [2000, 2021] },
  // "Russia's invasion of Ukraine last year proved a turning point" (¶10), in a 2023 article.
  { id: 'invasion', label: 'Since the invasion', years: [2022, YEAR_MAX] },
  { id: 'undated', label: 'Undated', years: null },
]

const UNDATED = ERAS[ERAS.length - 1]!
const DATED = ERAS.filter((e) => e.years !== null)

/**
 * The era a date belongs to: the one its year (a span's first year) falls in. Years before the first
 * era count in the first, years after the last in the last, so nothing dated is ever left out.
 */
export function eraOf(when: When): Era {
  const span = yearSpan(when)
  if (!span) return UNDATED
  let found = DATED[0]!
  for (const era of DATED) if (span[0] >= era.years![0]) found = era
  return found
}

/** "Cold War, 1948–1991", or "Undated". */
export function eraName(era: Era): string {
  return era.years ? `${era.label}, ${era.years[0]}–${era.years[1]}` : era.label
}
