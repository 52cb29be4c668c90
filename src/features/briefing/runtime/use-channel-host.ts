/**
 * The room's window tells the presenter's window what is showing, and carries out what the presenter's
 * window asks. BroadcastChannel works between windows of one origin with no network at all.
 */
import { useEffect, useRef } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import { isAtStop } from '../../../store/stop-view'
import { setHostListening } from '../briefing-channel'
import { CHANNEL_NAME, parseMessage, type SharedPresentation } from './briefing-messages'
import { useAppStore, type AppStore } from '../../../store'
import { runCommand } from './commands'

export function sharedPresentation(
  s: AppStore,
  find: (id: string) => Briefing | undefined,
): SharedPresentation | null {
  const p = s.presentation
  const stop = p && find(p.briefingId)?.stops[p.index]
  if (!p || !stop) return null
  const atStop = isAtStop(s, stop, p.cameraSeq)
  return {
    briefingId: p.briefingId,
    index: p.index,
    count: p.count,
    mode: p.mode,
    blackout: p.blackout,
    atStop,
    startedAt: p.startedAt,
  }
}

const sameShared = (a: SharedPresentation | null, b: SharedPresentation | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    (Object.keys(a) as (keyof SharedPresentation)[]).every((k) => a[k] === b[k]))

export function useChannelHost(find: (id: string) => Briefing | undefined) {
  const findRef = useRef(find)
  useEffect(() => {
    findRef.current = find
  })
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(CHANNEL_NAME)
    const current = () => sharedPresentation(useAppStore.getState(), (id) => findRef.current(id))
    const post = () => channel.postMessage({ type: 'state', presentation: current() })
    channel.onmessage = (e: MessageEvent) => {
      const message = parseMessage(e.data)
      if (message?.type === 'hello') post()
      else if (message?.type === 'command') runCommand(message.command, (id) => findRef.current(id))
    }
    setHostListening(true)
    // A presenter's window that said hello before this window loaded the briefing hears from it now.
    post()
    const unsubscribe = useAppStore.subscribe(current, post, { equalityFn: sameShared })
    return () => {
      setHostListening(false)
      unsubscribe()
      channel.close()
    }
  }, [])
}
