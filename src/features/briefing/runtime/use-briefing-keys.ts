/**
 * Listens for the briefing's keys (briefing-keys.ts) on the whole window, in the capture phase so
 * that in the stop view a clicker's arrows advance the briefing instead of panning a focused map.
 * While exploring, keys that the focused control uses itself (arrows on the map or a slider, Space on
 * a button) stay with that control. Typing in a field or working in a dialog is never interrupted.
 */
import { useEffect, useRef, useState } from 'react'
import { interpretKey } from './briefing-keys'
import type { BriefingCommand } from './briefing-messages'

const TYPING = 'input, textarea, select, [contenteditable="true"], dialog'
const ACTIVATES = 'button, a[href], summary, [role="button"]'
/** Keys a focused map or control uses for itself while the presenter explores. */
const CONTROL_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  ' ',
])

export function useBriefingKeys(
  enabled: boolean,
  exploring: boolean,
  dispatch: (command: BriefingCommand) => void,
): string {
  const [digits, setDigits] = useState('')
  const digitsRef = useRef('')
  const dispatchRef = useRef(dispatch)
  useEffect(() => {
    dispatchRef.current = dispatch
  })

  useEffect(() => {
    if (!enabled) return
    let clear = 0
    const setTyped = (value: string) => {
      digitsRef.current = value
      setDigits(value)
      window.clearTimeout(clear)
      // A half-typed number is forgotten after a pause, so a stray digit never hijacks a later Enter.
      if (value) clear = window.setTimeout(() => setTyped(''), 4000)
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const target = e.target instanceof Element ? e.target : null
      if (target?.closest(TYPING)) return
      if (!digitsRef.current && (e.key === ' ' || e.key === 'Enter') && target?.closest(ACTIVATES))
        return
      if (
        exploring &&
        CONTROL_KEYS.has(e.key) &&
        target &&
        target !== document.body &&
        !target.closest('.briefing-ui')
      )
        return
      const result = interpretKey(e, digitsRef.current)
      if (result.digits !== digitsRef.current) setTyped(result.digits)
      if (!result.handled) return
      e.preventDefault()
      e.stopPropagation()
      if (result.command) dispatchRef.current(result.command)
    }
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      window.clearTimeout(clear)
      digitsRef.current = ''
    }
  }, [enabled, exploring])
  return enabled ? digits : ''
}
