/**
 * The dataset's shape. Every TypeScript type the app uses for data comes from these schemas, so what
 * is validated and what is typed cannot drift apart. zod/mini keeps the validator out of the way of
 * the bundle budget (it tree-shakes to the checks we use).
 */
import * as z from 'zod/mini'

/** Every id: records, briefings, stops, and the ids a link or the presenter's window names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// At most 80 characters, like every other length limit here: an id ends up in links and messages, and a
// hand-edited file with a runaway id must be rejected with a message, not carried into the page.
const id = z
  .string()
  .check(
    z.maxLength(80, 'is longer than 80 characters'),
    z.regex(ID_PATTERN, 'must be a lower-case id like "kim-jong-un"'),
  )
const text = z
  .string()
  .check(z.minLength(1, 'must not be empty'), z.maxLength(2000, 'is longer than 2,000 characters'))

/** "1948", "2000-07" or "2023-09-13": a date at exactly the precision the article gives. */
export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/
const partialDate = z
  .string()
  .check(z.regex(PARTIAL_DATE, 'must be a date like "1948", "2000-07" or "2023-09-13"'))

/** How the article frames a claim. */
export const CONFIDENCE = ['stated', 'reported', 'assessed', 'claimed'] as const
export const confidence = z.enum(CONFIDENCE)

/** A short verbatim quotation; `paragraph` counts the article's body paragraphs (0 = photo caption). */
export const quote = z.strictObject({
  text: z
    .string()
    .check(
      z.minLength(3, 'must not be empty'),
      z.maxLength(400, 'is longer than a short quotation (400 characters)'),
    ),
  paragraph: z.int().check(z.gte(0, 'must be 0 or more'), z.lte(99, 'must be at most 99')),
})

/** When something happened, never more precise than the article. `inferred` explains any inference. */
export const when = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('point'), date: partialDate, inferred: z.optional(text) }),
  z.strictObject({
    kind: z.literal('span'),
    from: partialDate,
    to: partialDate,
    inferred: z.optional(text),
  }),
  z.strictObject({ kind: z.literal('undated'), note: text }),
])

/** Shared with the briefing schema's camera centre, so both say the same thing about a bad longitude. */
export const longitude = z
  .number()
  .check(
    z.gte(-180, 'longitude must be between -180 and 180'),
    z.lte(180, 'longitude must be between -180 and 180'),
  )

const lngLat = z.tuple([
  longitude,
  z
    .number()
    .check(
      z.gte(-90, 'latitude must be between -90 and 90'),
      z.lte(90, 'latitude must be between -90 and 90'),
    ),
])

export const ACTOR_KINDS = ['state', 'person', 'organisation'] as const
export const actor = z.strictObject({
  id,
  name: text,
  kind: z.enum(ACTOR_KINDS),
  /** For people and bodies: the state they act for. Filters roll them up into it. */
  state: z.optional(id),
  /** Role in the article's words, e.g. "Russian Defence Minister". */
  role: z.optional(text),
  /** A note in our words where the dataset makes a modelling choice about this actor. */
  note: z.optional(text),
  quotes: z.array(quote).check(z.minLength(1, 'needs at least one quotation')),
})

/**
 * `country` is a country as a whole, where the article names no place in it ("to Russia"). Its point
 * is an anchor at the country's edge, not a place: `approximate` says why it sits there.
 */
export const PLACE_KINDS = ['city', 'facility', 'region', 'country'] as const
export const place = z.strictObject({
  id,
  name: text,
  kind: z.enum(PLACE_KINDS),
  /** The state the place lies in (an actor id); for a `country` place, the state it stands for. */
  country: z.optional(id),
  lngLat,
  /** The four places the explorer is built around. */
  headline: z.boolean(),
  /** A few words on what is there, e.g. "Gagarin aircraft factory". */
  detail: z.optional(text),
  /** Set when the point only stands for a region or the article is vague about where. */
  approximate: z.optional(text),
  quotes: z.array(quote).check(z.minLength(1, 'needs at least one quotation')),
})

export const EVENT_KINDS = [
  'visit',
  'statement',
  'proposal',
  'transfer',
  'turning-point',
  'assessment',
] as const
export const event = z.strictObject({
  id,
  title: text,
  kind: z.enum(EVENT_KINDS),
  when,
  places: z.array(id),
  /** Where the article does not say where, or a place is only what the event concerns. */
  placeNote: z.optional(text),
  actors: z.array(id).check(z.minLength(1, 'needs at least one actor')),
  summary: text,
  confidence,
  flows: z.array(id),
  quotes: z.array(quote).check(z.minLength(1, 'needs at least one quotation')),
})

/**
 * `weapons-tech` keeps its id (saved briefings and links name it) but now holds weapons and military
 * help only; satellite technology is `technology`. `ties` are relations between states, not things
 * that move.
 */
export const FLOW_KINDS = [
  'munitions',
  'weapons-tech',
  'technology',
  'food-fuel',
  'aid',
  'labour',
  'infrastructure',
  'ties',
] as const
/**
 * `ongoing` only for what the article presents as current at its writing; `happened` where it gives
 * neither dates nor a present state; `sought` is wanted with no delivery reported.
 */
export const FLOW_STATUSES = [
  'historical',
  'ongoing',
  'happened',
  'reported',
  'sought',
  'never-built',
] as const
export const flow = z.strictObject({
  id,
  title: text,
  kind: z.enum(FLOW_KINDS),
  /** The words printed on the flow's tag on the map ("Munitions", "Satellite tech"): a few words. */
  tag: z
    .string()
    .check(
      z.minLength(1, 'must not be empty'),
      z.maxLength(18, 'is longer than 18 characters: a tag is a word or two'),
    ),
  /** What moves (or, for ties, what the relation is), in our words. */
  what: text,
  from: id,
  to: id,
  via: z.optional(z.array(id)),
  fromActor: id,
  toActor: id,
  /** What the line is drawn from and to, and why, where the article names no route or end point. */
  routeNote: z.optional(text),
  when,
  status: z.enum(FLOW_STATUSES),
  quantity: z.optional(z.strictObject({ text, note: z.optional(text) })),
  confidence,
  summary: text,
  quotes: z.array(quote).check(z.minLength(1, 'needs at least one quotation')),
})

export const source = z.strictObject({
  title: text,
  subtitle: text,
  publisher: text,
  publication: text,
  published: z.strictObject({ known: z.boolean(), note: text }),
  paragraphs: z.strictObject({ count: z.int().check(z.gte(1)), note: text }),
  credits: z.array(z.strictObject({ name: text, role: text })),
})

export const placesFile = z.array(place)
export const actorsFile = z.array(actor)
export const eventsFile = z.array(event)
export const flowsFile = z.array(flow)

export type Confidence = z.infer<typeof confidence>
export type Quote = z.infer<typeof quote>
export type When = z.infer<typeof when>
export type Actor = z.infer<typeof actor>
export type Place = z.infer<typeof place>
export type Event = z.infer<typeof event>
export type Flow = z.infer<typeof flow>
export type Source = z.infer<typeof source>
export type EventKind = Event['kind']
export type FlowKind = Flow['kind']
export type FlowStatus = Flow['status']
