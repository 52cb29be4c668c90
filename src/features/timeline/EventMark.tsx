import type { CSSProperties } from 'react'
import type { Event } from '../../data/schema'
import { formatWhen, isInferred } from '../../lib/dates'
import { useAppStore } from '../../store'

/** Shared by every inferred-date mark, so each says so to screen readers without changing its name. */
export const INFERRED_NOTE_ID = 'timeline-inferred-note'

export interface EventMarkProps {
  event: Event
  shape: 'point' | 'era'
  style: CSSProperties
  selected: boolean
  /** Tied to the selected place or flow: outlined so the story's thread shows on the timeline. */
  related: boolean
  onPreview: (event: Event | null) => void
}

/**
 * One event on the timeline: a button named "<date>: <title>". Pressed when selected; pressing it
 * again returns to the overview, as a toggle button should.
 */
export function EventMark({ event, shape, style, selected, related, onPreview }: EventMarkProps) {
  const select = useAppStore((s) => s.select)
  const inferred = isInferred(event.when)
  const classes = [
    'tl-mark',
    `tl-mark--${shape}`,
    inferred ? 'tl-mark--inferred' : '',
    selected ? 'tl-mark--selected' : '',
    related ? 'tl-mark--related' : '',
  ]
  return (
    <button
      type="button"
      className={classes.filter(Boolean).join(' ')}
      style={style}
      aria-label={`${formatWhen(event.when)}: ${event.title}`}
      aria-describedby={inferred ? INFERRED_NOTE_ID : undefined}
      aria-pressed={selected}
      onClick={() => select(selected ? null : { kind: 'event', id: event.id })}
      onMouseEnter={() => onPreview(event)}
      onMouseLeave={() => onPreview(null)}
      onFocus={() => onPreview(event)}
      onBlur={() => onPreview(null)}
    >
      {shape === 'era' ? (
        <span className="tl-mark__label" aria-hidden="true">
          {event.title}
        </span>
      ) : (
        <span className="tl-mark__dot" aria-hidden="true" />
      )}
    </button>
  )
}
