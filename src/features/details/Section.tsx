import type { ReactNode } from 'react'

/**
 * A titled part of a details panel. A plain block with an h3, not a <section> with a name: named
 * sections become landmarks, and a dozen of them would bury the page's real landmarks.
 */
export function Section({
  title,
  children,
  className = '',
}: {
  title: string
  children: ReactNode
  className?: string
}) {
  return (
    <div className={`details__section ${className}`.trim()}>
      <h3 className="details__section-title">{title}</h3>
      {children}
    </div>
  )
}
