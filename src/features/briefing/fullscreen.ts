/**
 * Full screen for the room's window. Browsers only grant it from a click or key press, and may refuse
 * (an iframe, a kiosk, a policy): the briefing then fills the window instead and says so. Leaving full
 * screen with the browser's own Escape ends the briefing, as a slideshow does; leaving it with our
 * toggle (F) does not, so we note when an exit is ours.
 */
let ownExit = false
/** Until this time (ms), a full-screen exit is expected and not the presenter's doing. */
let graceUntil = 0

export function isFullscreen(): boolean {
  return document.fullscreenElement !== null && document.fullscreenElement !== undefined
}

/** Must be called while handling a click or key press. Resolves to whether the page is now full screen. */
export async function enterFullscreen(): Promise<boolean> {
  if (isFullscreen()) return true
  const el = document.documentElement
  if (typeof el.requestFullscreen !== 'function') return false
  try {
    await el.requestFullscreen({ navigationUI: 'hide' })
    return true
  } catch {
    return false
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!isFullscreen()) return
  // Marked until the fullscreenchange event consumes it (takeOwnFullscreenExit), not until the promise
  // settles: a window in the background may deliver the event later, after a new briefing has begun.
  ownExit = true
  try {
    await document.exitFullscreen()
  } catch {
    // Already leaving, or the document is going away: no event will come to consume the mark.
    ownExit = false
  }
}

/**
 * Chrome leaves full screen when the page opens a window (the presenter's view;
 * https://github.com/whatwg/fullscreen/issues/116). That exit is not the presenter leaving the
 * briefing: the opener calls this first.
 */
export function expectFullscreenExit(ms = 3000) {
  graceUntil = Date.now() + ms
}

/**
 * For the fullscreenchange handler: whether the exit being handled was asked for, or expected, by the
 * app. Consumes the app's mark, so a later exit (the browser's Escape) counts as the presenter's.
 */
export function takeOwnFullscreenExit(): boolean {
  const own = ownExit || Date.now() < graceUntil
  ownExit = false
  return own
}

export const FULLSCREEN_REFUSED =
  'The browser did not allow full screen, so the briefing fills this window. Press F11 (or the browser’s full-screen control) for full screen.'
