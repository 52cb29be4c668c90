/**
 * A finger swiped across the stop's card moves to the next or previous stop, as on a phone's slideshow
 * (lib/gestures.ts decides what counts as a swipe). Touch and pen only: a mouse drag selects text. The
 * map is not part of the card, so dragging the map still pans it.
 */
import { useEffect, type RefObject } from 'react'
import { swipeCommand, type SwipeCommand } from '../../../lib/gestures'

export function useSwipe(
  ref: RefObject<HTMLElement | null>,
  onSwipe: (c: SwipeCommand) => void,
  /** The card is on screen (it comes and goes with the stop view). */
  active: boolean,
) {
  useEffect(() => {
    const el = ref.current
    if (!active || !el) return
    let start: { x: number; y: number; t: number; id: number } | null = null
    const down = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' || !e.isPrimary) return
      start = { x: e.clientX, y: e.clientY, t: e.timeStamp, id: e.pointerId }
    }
    const up = (e: PointerEvent) => {
      if (!start || e.pointerId !== start.id) return
      const command = swipeCommand(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.t)
      start = null
      if (command) onSwipe(command)
    }
    const cancel = () => {
      start = null
    }
    el.addEventListener('pointerdown', down)
    el.addEventListener('pointerup', up)
    el.addEventListener('pointercancel', cancel)
    return () => {
      el.removeEventListener('pointerdown', down)
      el.removeEventListener('pointerup', up)
      el.removeEventListener('pointercancel', cancel)
    }
  }, [ref, onSwipe, active])
}
