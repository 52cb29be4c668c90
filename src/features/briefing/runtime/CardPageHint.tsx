import { useEffect, useState, type RefObject } from 'react'
import { cardOverflow } from './card-pages'

/**
 * Under a card taller than the screen: says there is more, and that Next shows it (card-pages.ts). Also
 * puts each new stop's card back at its top.
 */
export function CardPageHint({
  scroller,
  stopKey,
}: {
  scroller: RefObject<HTMLElement | null>
  /** Changes with every stop shown. */
  stopKey: string
}) {
  const [more, setMore] = useState(false)
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    el.scrollTo({ top: 0 })
    const update = () => setMore(cardOverflow(el).down > 2)
    update()
    const sizes = new ResizeObserver(update)
    sizes.observe(el)
    for (const child of el.children) sizes.observe(child)
    el.addEventListener('scroll', update, { passive: true })
    return () => {
      sizes.disconnect()
      el.removeEventListener('scroll', update)
    }
  }, [scroller, stopKey])
  if (!more) return null
  return (
    <p className="briefing-stage__more" aria-hidden="true">
      More of this stop below: <strong>Next</strong> shows it ↓
    </p>
  )
}
