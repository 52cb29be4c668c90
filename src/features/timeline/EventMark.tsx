import { memo } from 'react'
import type { Event } from '../../data/schema'
import { formatWhen, isInferred } from '../../lib/dates'
import { useAppStore } from '../../store'

/** Shared by every inferred-date mark, so each says so to screen readers without changing its name. */
export const INFERRED_NOTE_ID = 'timeline-inferred-note'

export interface EventMarkProps {
  event: Event
  shape: 'point' | 'era'
  /**
   * Position as CSS lengths rather than a style object: a fresh object per render would defeat memo,
   * and with 10,000 marks only those that moved or changed state should re-render.
   */
  top: string
  left: string
  width?: string
  right?: string | number
  selected: boolean
  /** Tied to the selected place or flow: outlined so the story's thread shows on the timeline. */
  related: boolean
  /** Must be stable (a state setter): a new function per render would re-render every mark. */
  onPreview: (event: Event | null) => void
}

/**
 * One event on the timeline: a button named "<date>: <title>". Pressed when selected; pressing it
 * again returns to the overview, as a toggle button should.
 *
 * Memoised, and it does not subscribe to the store: 10,000 of these each re-rendering (or each running
 * a store selector) on every filter change was most of the cost of a click with the large dataset.
 */
export const EventMark = memo(function EventMark({
  event,
  shape,
  top,
  left,
  width,
  right,
  selected,
  related,
  onPreview,
}: EventMarkProps) {
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
      style={{ top, left, width, right }}
      aria-label={`${formatWhen(event.when)}: ${event.title}`}
      aria-describedby={inferred ? INFERRED_NOTE_ID : undefined}
      aria-pressed={selected}
      // The action is read when pressed, not subscribed to: the handler needs no re-render to stay current.
      onClick={() =>
        useAppStore.getState().select(selected ? null : { kind: 'event', id: event.id })
      }
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
})
