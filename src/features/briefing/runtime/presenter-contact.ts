/**
 * Says so in plain words when the presenter's window never makes contact with the room's. Its first
 * message is a "hello" (use-remote-briefing.ts); if none comes, the two windows cannot talk: some
 * browsers keep two windows of a page opened from disk (file://) apart, and a browser without
 * BroadcastChannel has no way at all. The room's window goes on working by itself.
 */
import { useAppStore } from '../../../store'
import { CHANNEL_NAME, parseMessage } from './briefing-messages'

/** Long enough for a slow laptop to open a second copy of the page (the offline file is ~3 MB). */
export const CONTACT_TIMEOUT_MS = 20_000

const onDisk = () => window.location.protocol === 'file:'

export const NO_CONTACT = () =>
  `The presenter view’s window has not been able to reach this one${
    onDisk()
      ? ': this browser does not let two windows of a file opened from disk talk to each other'
      : ''
  }. Present from this window: every key works here.`

export function expectPresenterContact(timeoutMs = CONTACT_TIMEOUT_MS) {
  const notify = useAppStore.getState().notify
  if (typeof BroadcastChannel === 'undefined') {
    notify(NO_CONTACT())
    return
  }
  const channel = new BroadcastChannel(CHANNEL_NAME)
  const timer = window.setTimeout(() => {
    channel.close()
    notify(NO_CONTACT())
  }, timeoutMs)
  channel.onmessage = (e: MessageEvent) => {
    if (parseMessage(e.data)?.type !== 'hello') return
    window.clearTimeout(timer)
    channel.close()
  }
}
