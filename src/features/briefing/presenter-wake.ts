/**
 * Until the briefing runtime is loaded (BriefingLayer), a presenter's window opened on its own
 * (?presenter=1) would have no one to talk to. Meanwhile this listens on the briefing channel: the
 * presenter window's hello asks for the runtime (which then tells it what is showing), and its "start"
 * asks for the briefing, as the runtime would have done.
 */
import { useEffect, useState } from 'react'
import { useAppStore } from '../../store'
import { CHANNEL_NAME, isHostListening } from './briefing-channel'

/**
 * Whether a presenter's window has said anything while `listen` was on. It keeps listening after
 * that: the runtime's code may still be loading when the presenter presses Start.
 */
export function usePresenterWake(listen: boolean): boolean {
  const [woken, setWoken] = useState(false)
  useEffect(() => {
    if (!listen || typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(CHANNEL_NAME)
    channel.onmessage = (e: MessageEvent) => {
      // Once the runtime listens, it answers everything itself.
      if (isHostListening()) return
      // Anything from a presenter's window wakes the runtime; a command is checked by the message
      // schemas (which come with the runtime) before it is obeyed.
      setWoken(true)
      void import('./runtime/briefing-messages').then(({ parseMessage }) => {
        const message = parseMessage(e.data)
        if (message?.type === 'command' && message.command.type === 'start')
          useAppStore.getState().requestBriefing(message.command.briefingId, message.command.stop)
      })
    }
    return () => channel.close()
  }, [listen])
  return woken
}
