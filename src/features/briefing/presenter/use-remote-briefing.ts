/** The presenter's window side of the channel: follows the room's window and sends it commands. */
import { useEffect, useRef, useState } from 'react'
import {
  CHANNEL_NAME,
  parseMessage,
  type RemoteCommand,
  type SharedPresentation,
} from '../runtime/briefing-messages'

export interface RemoteBriefing {
  /** False until the room's window has answered (it may not be open yet). */
  connected: boolean
  presentation: SharedPresentation | null
  send: (command: RemoteCommand) => void
  supported: boolean
}

export function useRemoteBriefing(): RemoteBriefing {
  const supported = typeof BroadcastChannel !== 'undefined'
  const [state, setState] = useState<{
    connected: boolean
    presentation: SharedPresentation | null
  }>({
    connected: false,
    presentation: null,
  })
  const channelRef = useRef<BroadcastChannel | null>(null)
  useEffect(() => {
    if (!supported) return
    const channel = new BroadcastChannel(CHANNEL_NAME)
    channelRef.current = channel
    channel.onmessage = (e: MessageEvent) => {
      const message = parseMessage(e.data)
      if (message?.type === 'state')
        setState({ connected: true, presentation: message.presentation })
    }
    // Ask the room's window for its state; it answers at once if it is open, and later on every change.
    channel.postMessage({ type: 'hello' })
    return () => {
      channel.close()
      channelRef.current = null
    }
  }, [supported])
  return {
    ...state,
    supported,
    send: (command) => channelRef.current?.postMessage({ type: 'command', command }),
  }
}
