import { useRef } from 'react'
import type { BriefingStop } from '../../../data/briefing-schema'
import { pointsFromText, type StopEdit } from './briefing-edit'
import { paragraphLabel, quoted } from '../../../components/Quote'
import { CONFIDENCE_LABEL } from '../../../lib/labels'
import { TextArea, TextField } from './fields'

/** One stop of your own briefing: its words, its notes, its quotations (removable, never editable). */
export function StopEditor({
  stop,
  position,
  count,
  onEdit,
  onMove,
  onDelete,
}: {
  stop: BriefingStop
  position: number
  count: number
  onEdit: (edit: StopEdit) => void
  onMove: (delta: number) => void
  onDelete: () => void
}) {
  const actionsRef = useRef<HTMLDivElement>(null)
  // Reordering moves this stop's element in the page, which can drop focus: put it back on the button
  // pressed, or on its twin once the stop reaches an end of the list.
  const move = (delta: number) => {
    onMove(delta)
    requestAnimationFrame(() => {
      const buttons = [...(actionsRef.current?.querySelectorAll('button') ?? [])]
      const wanted = buttons[delta < 0 ? 0 : 1]
      const target = wanted && !wanted.disabled ? wanted : buttons[delta < 0 ? 1 : 0]
      target?.focus()
    })
  }
  return (
    <fieldset className="stop-editor">
      <legend>
        Stop {position} of {count}
      </legend>
      <TextField
        label="Title"
        value={stop.title}
        max={120}
        onCommit={(title) => onEdit({ title })}
      />
      <TextArea
        label="Points"
        hint="In your own words, one a line, up to four."
        value={stop.points.join('\n')}
        max={1300}
        onChange={(text) => {
          const points = pointsFromText(text)
          onEdit({ points: points.slice(0, 4).map((p) => p.slice(0, 300)) })
          return points.length > 4 ? 'Only the first four lines are kept as points.' : null
        }}
      />
      <TextArea
        label="Speaker notes"
        hint="Shown only in the presenter view."
        value={stop.notes ?? ''}
        rows={4}
        max={4000}
        onChange={(notes) => {
          onEdit({ notes })
          return null
        }}
      />
      <div className="stop-editor__quotes">
        <p className="stop-editor__label">The article’s words</p>
        {stop.quotes.length === 0 ? (
          <p className="briefing-field__hint">
            None. Quotations come with the place, event or flow selected when the stop was added;
            they cannot be typed in.
          </p>
        ) : (
          <ul>
            {stop.quotes.map((q, i) => (
              <li key={i}>
                {quoted(q.text)} ({paragraphLabel(q.paragraph)}, {CONFIDENCE_LABEL[q.confidence]}){' '}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => onEdit({ quotes: stop.quotes.filter((_, j) => j !== i) })}
                >
                  Remove<span className="visually-hidden"> this quotation</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div
        className="stop-editor__actions"
        role="group"
        aria-label={`Stop ${position}`}
        ref={actionsRef}
      >
        <button
          type="button"
          className="button button--quiet"
          disabled={position === 1}
          onClick={() => move(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={position === count}
          onClick={() => move(1)}
        >
          Move down
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={count === 1}
          title={
            count === 1
              ? 'A briefing needs at least one stop: delete the briefing instead.'
              : undefined
          }
          onClick={onDelete}
        >
          Delete stop
        </button>
      </div>
    </fieldset>
  )
}
