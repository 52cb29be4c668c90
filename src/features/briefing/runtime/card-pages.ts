/**
 * A stop's card that is taller than the screen (a 1280x720 projector holds less text at 20 px than the
 * article gives some stops) is read in pages, as a slide is built: Next first shows the rest of the
 * card, then moves on; Previous goes back up the card before going back a stop. Nothing is shrunk
 * below what the back row can read, and nothing is skipped.
 */

/** The room's card, if it is on screen and scrolls. */
function card(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.briefing-stage__scroll')
}

/** How much of the card is still below (`down`) or above (`up`) what shows, in px. */
export function cardOverflow(el: HTMLElement): { up: number; down: number } {
  return { up: el.scrollTop, down: el.scrollHeight - el.clientHeight - el.scrollTop }
}

/**
 * Shows the next (or previous) page of the card if there is one, and says whether it did. A page is
 * the card's height less a line, so the last line read stays in sight.
 */
export function turnCardPage(direction: 'next' | 'prev'): boolean {
  const el = card()
  if (!el || el.clientHeight === 0) return false
  const { up, down } = cardOverflow(el)
  const more = direction === 'next' ? down : up
  if (more <= 2) return false
  const line = parseFloat(getComputedStyle(el).lineHeight) || 30
  const step = Math.max(line, el.clientHeight - line * 1.5)
  el.scrollBy({ top: direction === 'next' ? step : -step })
  return true
}
