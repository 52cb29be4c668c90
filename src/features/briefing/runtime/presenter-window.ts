import { PRESENTER_QUERY } from '../../../lib/url-state'
import { useAppStore } from '../../../store'
import { expectFullscreenExit, isFullscreen } from '../fullscreen'
import { expectPresenterContact } from './presenter-contact'

/** Opens (or brings back) the presenter's window: the same page with ?presenter=1, same origin. */
export function openPresenterWindow() {
  const url = `${window.location.pathname}${PRESENTER_QUERY}`
  const wasFullscreen = isFullscreen()
  expectFullscreenExit()
  const opened = window.open(url, 'rnk-presenter', 'popup,width=1280,height=800')
  const notify = useAppStore.getState().notify
  if (!opened) {
    notify(
      `The browser blocked the presenter view’s window. Allow pop-ups for this page, or open ${window.location.origin}${url} in a new window.`,
    )
    return
  }
  expectPresenterContact()
  // The browser may drop full screen to show the new window; the briefing carries on, and F restores it.
  window.setTimeout(() => {
    if (wasFullscreen && !isFullscreen())
      notify(
        'The presenter view is open in its own window. Press F here to show this window full screen again.',
      )
  }, 1000)
}
