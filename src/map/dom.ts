/** DOM writes that touch the page only when the value changes, for markers updated on every store change. */

export function setClass(el: Element, name: string, on: boolean) {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on)
}

export function setAttr(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return
  if (value === null) el.removeAttribute(name)
  else el.setAttribute(name, value)
}

export function setHidden(el: HTMLElement, hidden: boolean) {
  if (el.hidden !== hidden) el.hidden = hidden
}

export function prefersReducedMotion(): boolean {
  // jsdom and very old browsers have no matchMedia: treat as "no preference".
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}
