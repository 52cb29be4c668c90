/**
 * The timeline's axis, shared by its layout modules: the years it spans, the size of one cell, and the
 * date an event is placed by.
 */
import type { Event } from '../../data/schema'

export interface TimelineRange {
  first: number
  last: number
  /** First year of the zoomed inset. */
  insetFrom: number
}

/** Size of one point's cell in rem (the button inside is a little smaller, at least 24px). */
export const CELL_REM = 1.9

/** The date an event is placed by: a point's date, or where a span starts. */
export const dateOf = (e: Event) =>
  e.when.kind === 'point' ? e.when.date : e.when.kind === 'span' ? e.when.from : ''
