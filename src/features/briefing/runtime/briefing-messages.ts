/**
 * What the room's window and the presenter's window say to each other over a BroadcastChannel (same
 * origin, no network). The room's window owns the briefing and announces its state; the presenter's
 * window sends commands and asks for the state when it opens. Messages are checked on arrival: another
 * tab of the same origin could post anything.
 */
import type { BriefingCommand } from './briefing-keys'

export const CHANNEL_NAME = 'rnk-explorer:briefing'

export interface SharedPresentation {
  briefingId: string
  index: number
  count: number
  mode: 'stop' | 'explore'
  blackout: boolean
  /** Whether the map shows the stop as defined (false once the presenter explores). */
  atStop: boolean
  startedAt: number
}

export type RemoteCommand = BriefingCommand | { type: 'start'; briefingId: string; stop: number }

export type BriefingMessage =
  | { type: 'state'; presentation: SharedPresentation | null }
  | { type: 'hello' }
  | { type: 'command'; command: RemoteCommand }

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SIMPLE = new Set([
  'next',
  'prev',
  'first',
  'last',
  'blackout',
  'leave',
  'return',
  'explore',
  'fullscreen',
])
const isObj = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
const isIndex = (v: unknown, max = 1000): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) < max

function parsePresentation(v: unknown): SharedPresentation | null | undefined {
  if (v === null) return null
  if (!isObj(v)) return undefined
  const { briefingId, index, count, mode, blackout, atStop, startedAt } = v
  const ok =
    typeof briefingId === 'string' &&
    ID.test(briefingId) &&
    isIndex(count, 1001) &&
    isIndex(index, count as number) &&
    (mode === 'stop' || mode === 'explore') &&
    typeof blackout === 'boolean' &&
    typeof atStop === 'boolean' &&
    typeof startedAt === 'number' &&
    Number.isFinite(startedAt)
  return ok ? { briefingId, index, count, mode, blackout, atStop, startedAt } : undefined
}

function parseCommand(v: unknown): RemoteCommand | null {
  if (!isObj(v) || typeof v.type !== 'string') return null
  if (SIMPLE.has(v.type)) return { type: v.type } as RemoteCommand
  if (v.type === 'goto' && isIndex(v.stop, 1001) && v.stop >= 1)
    return { type: 'goto', stop: v.stop }
  if (
    v.type === 'start' &&
    typeof v.briefingId === 'string' &&
    ID.test(v.briefingId) &&
    isIndex(v.stop, 1001) &&
    v.stop >= 1
  )
    return { type: 'start', briefingId: v.briefingId, stop: v.stop }
  return null
}

export function parseMessage(data: unknown): BriefingMessage | null {
  if (!isObj(data)) return null
  if (data.type === 'hello') return { type: 'hello' }
  if (data.type === 'state') {
    const presentation = parsePresentation(data.presentation)
    return presentation === undefined ? null : { type: 'state', presentation }
  }
  if (data.type === 'command') {
    const command = parseCommand(data.command)
    return command ? { type: 'command', command } : null
  }
  return null
}
