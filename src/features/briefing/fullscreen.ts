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
  ownExit = true
  try {
    await document.exitFullscreen()
  } catch {
    // Already leaving, or the document is going away: nothing to undo.
  } finally {
    // fullscreenchange has fired by the time exitFullscreen settles.
    ownExit = false
  }
}

/**
 * Chrome leaves full screen when the page opens a window (the presenter's view). That exit is not the
 * presenter leaving the briefing: the opener calls this first.
 */
export function expectFullscreenExit(ms = 3000) {
  graceUntil = Date.now() + ms
}

/** Whether the full-screen exit being handled was asked for, or expected, by the app. */
export function isOwnFullscreenExit(): boolean {
  return ownExit || Date.now() < graceUntil
}

export const FULLSCREEN_REFUSED =
  'The browser did not allow full screen, so the briefing fills this window. Press F11 (or the browser’s full-screen control) for full screen.'
