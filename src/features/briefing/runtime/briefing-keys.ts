/**
 * The briefing's keys, as presentation clickers and presenters expect them: Right/Left and PageDown/PageUp
 * (what clickers send), Space (Shift+Space goes back), Home/End, a number then Enter to jump, B or "." to
 * black the screen, Escape to leave; R returns to the stop as defined, E shows the explorer's panels,
 * F toggles full screen. Pure: the same table drives the room's window and the presenter's.
 */
import type { BriefingCommand } from './briefing-messages'

export interface KeyInput {
  key: string
  shiftKey?: boolean
  ctrlKey?: boolean
  altKey?: boolean
  metaKey?: boolean
}

export interface KeyResult {
  /** Whether the key belongs to the briefing (the caller then stops the browser's own action). */
  handled: boolean
  command: BriefingCommand | null
  /** The stop number typed so far, waiting for Enter. */
  digits: string
}

const SIMPLE: Record<string, BriefingCommand> = {
  ArrowRight: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'prev' },
  PageUp: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'blackout' },
  B: { type: 'blackout' },
  '.': { type: 'blackout' },
  r: { type: 'return' },
  R: { type: 'return' },
  e: { type: 'explore' },
  E: { type: 'explore' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
}

const MAX_DIGITS = 3

export function interpretKey(e: KeyInput, digits: string): KeyResult {
  // Browser and system shortcuts (Ctrl+R, Cmd+F…) stay theirs.
  if (e.ctrlKey || e.altKey || e.metaKey) return { handled: false, command: null, digits }
  if (/^[0-9]$/.test(e.key))
    return { handled: true, command: null, digits: (digits + e.key).slice(-MAX_DIGITS) }
  if (e.key === 'Enter') {
    if (!digits) return { handled: false, command: null, digits }
    return { handled: true, command: { type: 'goto', stop: Number(digits) }, digits: '' }
  }
  if (e.key === 'Backspace' && digits)
    return { handled: true, command: null, digits: digits.slice(0, -1) }
  if (e.key === 'Escape') {
    // Escape first abandons a half-typed stop number; only then does it leave.
    if (digits) return { handled: true, command: null, digits: '' }
    return { handled: true, command: { type: 'leave' }, digits: '' }
  }
  if (e.key === ' ' || e.key === 'Spacebar')
    return { handled: true, command: { type: e.shiftKey ? 'prev' : 'next' }, digits: '' }
  const command = SIMPLE[e.key]
  if (command) return { handled: true, command, digits: '' }
  return { handled: false, command: null, digits }
}

/** Keys that move between stops: while the screen is black they only bring it back. */
export function isNavigation(c: BriefingCommand): boolean {
  return (
    c.type === 'next' ||
    c.type === 'prev' ||
    c.type === 'first' ||
    c.type === 'last' ||
    c.type === 'goto'
  )
}

/** The stop index (0-based) a move leads to, or null when it leads nowhere (already at the end). */
export function targetIndex(c: BriefingCommand, index: number, count: number): number | null {
  const to =
    c.type === 'next'
      ? index + 1
      : c.type === 'prev'
        ? index - 1
        : c.type === 'first'
          ? 0
          : c.type === 'last'
            ? count - 1
            : c.type === 'goto'
              ? c.stop - 1
              : null
  if (to === null || to < 0 || to >= count || to === index) return null
  return to
}
