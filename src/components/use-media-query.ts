import { useSyncExternalStore } from 'react'

/** Whether a media query matches now, kept current as the window changes (false where there is none). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    () => typeof window.matchMedia === 'function' && window.matchMedia(query).matches,
  )
}

/** The page's phone layout (app.css stacks everything at this width and below). */
export const PHONE_QUERY = '(max-width: 600px)'
