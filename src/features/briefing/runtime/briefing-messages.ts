/**
 * What the room's window and the presenter's window say to each other over a BroadcastChannel (same
 * origin, no network). The room's window owns the briefing and announces its state; the presenter's
 * window sends commands and asks for the state when it opens. Messages are checked on arrival by the
 * schemas below (another tab of the same origin could post anything), and their types come from them.
 * Fields a schema does not name are dropped.
 */
import * as z from 'zod/mini'
import { ID_PATTERN } from '../../../data/schema'

export { CHANNEL_NAME } from '../briefing-channel'

/** A briefing has at most 100 stops (briefing-schema.ts); this leaves room without admitting absurd numbers. */
const MAX_STOPS = 1000
const briefingId = z.string().check(z.regex(ID_PATTERN))
/** 1-based, as people count stops. */
const stopNumber = z.int().check(z.gte(1), z.lte(MAX_STOPS))

/** Commands that name nothing but themselves. */
const SIMPLE_COMMANDS = [
  'next',
  'prev',
  'first',
  'last',
  'blackout',
  'leave',
  'return',
  'explore',
  'fullscreen',
] as const

/** What a key (briefing-keys.ts), a button or the presenter's window asks of the briefing. */
const briefingCommand = z.discriminatedUnion('type', [
  z.object({ type: z.enum(SIMPLE_COMMANDS) }),
  z.object({ type: z.literal('goto'), stop: stopNumber }),
])
export type BriefingCommand = z.infer<typeof briefingCommand>

/** The presenter's window can also start a briefing in the room's. */
const remoteCommand = z.discriminatedUnion('type', [
  briefingCommand,
  z.object({ type: z.literal('start'), briefingId, stop: stopNumber }),
])
export type RemoteCommand = z.infer<typeof remoteCommand>

const sharedPresentation = z
  .object({
    briefingId,
    /** 0-based, below `count`. */
    index: z.int().check(z.gte(0)),
    count: z.int().check(z.gte(0), z.lte(MAX_STOPS)),
    mode: z.enum(['stop', 'explore']),
    blackout: z.boolean(),
    /** Whether the map shows the stop as defined (false once the presenter explores). */
    atStop: z.boolean(),
    startedAt: z.number(),
  })
  .check(z.refine((p) => p.index < p.count))
export type SharedPresentation = z.infer<typeof sharedPresentation>

const briefingMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), presentation: z.nullable(sharedPresentation) }),
  z.object({ type: z.literal('hello') }),
  z.object({ type: z.literal('command'), command: remoteCommand }),
])
export type BriefingMessage = z.infer<typeof briefingMessage>

/** The message, or null for anything that is not one. Never throws. */
export function parseMessage(data: unknown): BriefingMessage | null {
  const result = briefingMessage.safeParse(data)
  return result.success ? result.data : null
}
