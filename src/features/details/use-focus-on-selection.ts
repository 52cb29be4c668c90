import { useEffect, useRef, type RefObject } from 'react'
import type { Selection } from '../../store'

const NONE = 'none'
const keyOf = (s: Selection | null) => (s ? `${s.kind}:${s.id}` : NONE)

/**
 * What the details panel last showed, kept across mounts: the panel unmounts while another side tab is
 * open, and when a choice there brings it back we want to know whether that choice changed anything.
 */
let lastShown: string | null = null

/**
 * Whether the person's last action was a pointer (mouse, pen, touch) rather than a key press. Chrome
 * shows the focus ring (:focus-visible) on a heading focused by script even after a click on the map;
 * the ring belongs to keyboard users, so focus that follows a pointer is marked `data-pointer-focus`
 * and details.css leaves its ring off. Screen readers follow the focus either way. Watched in the
 * capture phase, before any handler can select something (or stop the event). Only this hook focuses
 * the heading (tabindex -1 keeps Tab off it), so the mark is set or cleared on every focus it gives.
 */
let pointer = false
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pointer = true), true)
  document.addEventListener(
    'keydown',
    () => {
      pointer = false
      // A key pressed on a heading focused after a click: now show where focus is.
      document.querySelector('[data-pointer-focus]')?.removeAttribute('data-pointer-focus')
    },
    true,
  )
}

/** True once the person has clicked, tapped or pressed a key on this page (false during page load). */
function personHasActed(): boolean {
  // Where the User Activation API is missing (jsdom, old browsers), err on the side of not moving focus.
  return typeof navigator !== 'undefined' && navigator.userActivation?.hasBeenActive === true
}

/**
 * Moves keyboard focus to the panel's heading when the selection changes, so keyboard and screen-reader
 * users land on the new content. Never on page load (a link that opens with a selection must not pull
 * focus past the page's start), and not when the panel merely re-mounts on the same selection (the
 * person pressed the "Details" tab and expects to stay there).
 */
export function useFocusOnSelection(
  selection: Selection | null,
  container: RefObject<HTMLElement | null>,
  /** False while the selected item's panel is still loading: focus then waits for its heading. */
  ready = true,
) {
  const previous = useRef<string | null>(null)
  const pending = useRef(false)
  const key = keyOf(selection)
  useEffect(() => {
    const mounted = previous.current !== null
    const changed = mounted
      ? previous.current !== key
      : lastShown !== null && lastShown !== key && personHasActed()
    previous.current = key
    lastShown = key
    if (changed) pending.current = true
    if (!pending.current || (!ready && selection !== null)) return
    pending.current = false
    const heading = container.current?.querySelector<HTMLElement>('h2')
    heading?.toggleAttribute('data-pointer-focus', pointer)
    heading?.focus()
  }, [key, container, ready, selection])
}

/** For tests: forget what was shown, as on a fresh page. */
export function resetFocusMemory() {
  lastShown = null
  pointer = false
}
