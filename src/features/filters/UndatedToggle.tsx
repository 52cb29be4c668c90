import { useId } from 'react'
import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'

/** Undated items have no place on the year axis, so they get their own switch rather than vanishing. */
export function UndatedToggle({ data }: { data: Dataset }) {
  const on = useAppStore((s) => s.filters.includeUndated)
  const setIncludeUndated = useAppStore((s) => s.setIncludeUndated)
  const id = useId()
  const events = data.events.filter((e) => e.when.kind === 'undated').length
  const flows = data.flows.filter((f) => f.when.kind === 'undated').length
  return (
    <div className="check check--undated">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(e) => setIncludeUndated(e.target.checked)}
      />
      <label htmlFor={id}>
        Include undated items{' '}
        <span className="check__count">
          ({events} events, {flows} flows)
        </span>
      </label>
    </div>
  )
}
