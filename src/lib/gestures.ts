/**
 * A finger's stroke across the briefing card read as "next" or "previous", as slideshow apps on phones
 * do: mostly sideways, long enough to be meant, quick enough not to be a slow drag to scroll or select.
 */

/** At least this far sideways, in CSS px. */
export const SWIPE_MIN_PX = 60
/** At most this long, in ms. */
export const SWIPE_MAX_MS = 800

export type SwipeCommand = 'next' | 'prev'

/** Left (dx < 0) moves on, as pages turn; right goes back. Null for anything that is not a clear swipe. */
export function swipeCommand(dx: number, dy: number, ms: number): SwipeCommand | null {
  if (ms > SWIPE_MAX_MS || Math.abs(dx) < SWIPE_MIN_PX) return null
  // Twice as far sideways as up or down: a vertical scroll that drifts is not a swipe.
  if (Math.abs(dx) < 2 * Math.abs(dy)) return null
  return dx < 0 ? 'next' : 'prev'
}
