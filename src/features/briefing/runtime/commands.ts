/**
 * What a key, a button or the presenter's window asks of the briefing, carried out on the store. The
 * room's window is the only one that runs these; the presenter's window sends them over the channel.
 */
import type { Briefing } from '../../../data/briefing-schema'
import { isNavigation, targetIndex } from './briefing-keys'
import { mapHandle } from '../../../map/map-handle'
import type { RemoteCommand } from './briefing-messages'
import { useAppStore } from '../../../store'
import { enterFullscreen, exitFullscreen, FULLSCREEN_REFUSED, isFullscreen } from '../fullscreen'
import { turnCardPage } from './card-pages'

export function leaveBriefing() {
  useAppStore.getState().endBriefing()
  void exitFullscreen()
}

/**
 * Shows a stop. From the exploring layout the map is larger in the stop view: switch the layout first
 * and let the map take its new size, then fly (see mapHandle.fitToContainer).
 */
function show(briefing: Briefing, index: number) {
  const s = useAppStore.getState()
  if (s.presentation?.mode !== 'explore') return s.showStop(briefing, index)
  s.setPresentationMode('stop')
  void mapHandle.fitToContainer().then(() => {
    const now = useAppStore.getState().presentation
    if (now?.briefingId === briefing.id) useAppStore.getState().showStop(briefing, index)
  })
}

export function runCommand(command: RemoteCommand, find: (id: string) => Briefing | undefined) {
  const s = useAppStore.getState()
  if (command.type === 'start') return s.requestBriefing(command.briefingId, command.stop)
  const p = s.presentation
  const briefing = p && find(p.briefingId)
  if (!p || !briefing) return
  // As in slideshow software: with the screen black, a move only brings the picture back.
  if (p.blackout && isNavigation(command)) return s.setBlackout(false)
  switch (command.type) {
    case 'blackout':
      return s.setBlackout(!p.blackout)
    case 'leave':
      return leaveBriefing()
    case 'return':
      return show(briefing, p.index)
    case 'explore':
      return s.setPresentationMode(p.mode === 'stop' ? 'explore' : 'stop')
    case 'fullscreen':
      if (isFullscreen()) return void exitFullscreen()
      return void enterFullscreen().then((ok) => {
        if (!ok) useAppStore.getState().notify(FULLSCREEN_REFUSED)
      })
  }
  if (command.type === 'goto') {
    if (command.stop < 1 || command.stop > p.count)
      return s.notify(`There is no stop ${command.stop}: this briefing has stops 1 to ${p.count}.`)
    // Jumping to the stop already showing puts it back as defined, like Return.
    return show(briefing, command.stop - 1)
  }
  // A card taller than the screen is read a page at a time before the briefing moves on.
  if ((command.type === 'next' || command.type === 'prev') && p.mode === 'stop')
    if (turnCardPage(command.type)) return
  const to = targetIndex(command, p.index, p.count)
  if (to !== null) show(briefing, to)
}
