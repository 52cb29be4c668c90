import type { ReactNode } from 'react'
import './vague-note.css'

export interface VagueNoteProps {
  children: ReactNode
  /** Lead words; the default names the problem plainly. */
  label?: string
}

/**
 * Where the article is vague (no place named, a region drawn as a point, a number not given) we say so
 * next to the thing, rather than letting the map look more precise than the text.
 */
export function VagueNote({ children, label = 'The article is vague here.' }: VagueNoteProps) {
  return (
    <p className="vague-note">
      <span className="vague-note__label">{label}</span> {children}
    </p>
  )
}
