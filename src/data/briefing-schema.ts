/**
 * The shape of a briefing: a walk through the article, stop by stop. The shipped briefings
 * (data/briefings.json), the ones people save in their browser and the files they export and import
 * all pass through these schemas, so a hostile or broken file is rejected the same way everywhere.
 * References to the dataset (selection, actors) and quotations are checked separately
 * (briefing-checks.ts): they need the dataset.
 */
import * as z from 'zod/mini'
import { SELECTION_KINDS, YEAR_MAX, YEAR_MIN } from '../lib/explorer-view'
import { confidence, FLOW_KINDS, ID_PATTERN, longitude, quote } from './schema'

const id = z
  .string()
  .check(
    z.maxLength(80, 'is longer than 80 characters'),
    z.regex(ID_PATTERN, 'must be a lower-case id like "kim-tour"'),
  )
const line = (max: number) =>
  z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(max, `is longer than ${max} characters`),
    )

/** A quotation with how the article frames it: every fact shown carries its grade. */
export const briefingQuote = z.extend(quote, { confidence })

/** Years the filter can hold: the article's span. */
const year = z
  .int()
  .check(
    z.gte(YEAR_MIN, `must be ${YEAR_MIN} or later`),
    z.lte(YEAR_MAX, `must be ${YEAR_MAX} or earlier`),
  )

/** Not the data's ±90: what a camera frames must stay inside the Mercator map MapLibre can show. */
const latitude = z
  .number()
  .check(
    z.gte(-85, 'latitude must be between -85 and 85'),
    z.lte(85, 'latitude must be between -85 and 85'),
  )

/** A lat/lng camera the map can fly to. North-up and flat is what the map allows today. */
export const briefingCamera = z.strictObject({
  center: z.tuple([longitude, latitude]),
  zoom: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(22, 'must be at most 22')),
  bearing: z
    .number()
    .check(z.gte(-360, 'must be at least -360'), z.lte(360, 'must be at most 360')),
  pitch: z.number().check(z.gte(0, 'must be 0 or more'), z.lte(85, 'must be at most 85')),
})

/**
 * The filters a stop applies. Anything left out takes the explorer's default (everything shown), so a
 * stop only names what it narrows.
 */
export const briefingFilters = z.strictObject({
  years: z.optional(z.tuple([year, year])),
  includeUndated: z.optional(z.boolean()),
  actors: z.optional(z.array(id).check(z.maxLength(50, 'names more than 50 actors'))),
  flowKinds: z.optional(z.array(z.enum(FLOW_KINDS))),
  confidence: z.optional(z.array(confidence)),
})

export const briefingSelection = z.strictObject({
  kind: z.enum(SELECTION_KINDS),
  id,
})

/** [[west, south], [east, north]]: an area a stop shows whole, whatever the screen (a saved view). */
export const briefingBounds = z.tuple([
  z.tuple([longitude, latitude]),
  z.tuple([longitude, latitude]),
])

/**
 * What a stop is about, drawn at full strength while everything else recedes. The map fits `places`
 * and `flows` (whole lines) into the part of the screen nothing covers, so the stop frames its subject
 * on any screen. `ended`: flows the stop shows as having ended. `journey`: events the article tells
 * in order (Kim's September visits), numbered and joined in that order, no route implied. `beyond`:
 * places the stop mentions that may stay off the map (an edge chip at full strength points to them).
 */
export const briefingSubject = z.strictObject({
  places: z.optional(z.array(id).check(z.maxLength(30, 'names more than 30 places'))),
  flows: z.optional(z.array(id).check(z.maxLength(30, 'names more than 30 flows'))),
  ended: z.optional(z.array(id).check(z.maxLength(30, 'names more than 30 flows'))),
  journey: z.optional(z.array(id).check(z.maxLength(12, 'names more than 12 events'))),
  beyond: z.optional(z.array(id).check(z.maxLength(30, 'names more than 30 places'))),
})

/** `title` opens a briefing, `closing` ends it with sources and credits; every other stop is `stop`. */
export const STOP_KINDS = ['title', 'stop', 'closing'] as const

export const briefingStop = z.strictObject({
  id,
  kind: z.optional(z.enum(STOP_KINDS)),
  title: line(120),
  /** Short points in the briefing author's own words (the shipped briefing has two to four). */
  points: z.array(line(300)).check(z.maxLength(4, 'has more than 4 points')),
  quotes: z.array(briefingQuote).check(z.maxLength(8, 'has more than 8 quotations')),
  /** Where the article is vague or a date is inferred, said plainly. */
  caveat: z.optional(line(600)),
  /** Where the map goes: the subject fitted to the screen, or a saved area (`bounds`), or an exact camera. */
  subject: z.optional(briefingSubject),
  bounds: z.optional(briefingBounds),
  camera: z.optional(briefingCamera),
  filters: z.optional(briefingFilters),
  selection: z.optional(z.nullable(briefingSelection)),
  /** Speaker notes: for the presenter's screen, never shown to the room. */
  notes: z.optional(z.string().check(z.maxLength(4000, 'is longer than 4,000 characters'))),
})

export const briefing = z.strictObject({
  id,
  title: line(120),
  summary: z.optional(line(600)),
  stops: z
    .array(briefingStop)
    .check(z.minLength(1, 'needs at least one stop'), z.maxLength(100, 'has more than 100 stops')),
})

/**
 * A person's own briefings (saved in the browser, imported from a file) get ids that can never collide
 * with the shipped ones ("default"); saved briefings that do not start with it are refused.
 */
export const OWN_PREFIX = 'my-'

export function isOwnBriefingId(id: string): boolean {
  return id.startsWith(OWN_PREFIX)
}

/** data/briefings.json: the briefings that ship with the explorer. */
export const briefingsFile = z.array(briefing)

export type Briefing = z.infer<typeof briefing>
export type BriefingStop = z.infer<typeof briefingStop>
export type BriefingQuote = z.infer<typeof briefingQuote>
export type BriefingCamera = z.infer<typeof briefingCamera>
export type BriefingFilters = z.infer<typeof briefingFilters>
export type BriefingSubject = z.infer<typeof briefingSubject>
export type StopKind = (typeof STOP_KINDS)[number]
