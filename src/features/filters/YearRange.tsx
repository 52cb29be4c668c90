import { useId, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useAppStore } from '../../store'
import { YEAR_MAX, YEAR_MIN } from '../../lib/explorer-view'
import { YEAR_PRESETS } from './filter-helpers'

const FOUR_DIGITS = /^\d{4}$/

/**
 * A year box that only commits whole years in range, so typing "2" on the way to "2000" does not throw
 * the map about; on leaving the box it shows the year in force again.
 */
function YearInput({
  label,
  value,
  onCommit,
}: {
  label: string
  value: number
  onCommit: (year: number) => void
}) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <div className="year-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={YEAR_MIN}
        max={YEAR_MAX}
        step={1}
        value={draft ?? String(value)}
        onChange={(e) => {
          const text = e.target.value
          const year = Number(text)
          if (FOUR_DIGITS.test(text) && year >= YEAR_MIN && year <= YEAR_MAX) {
            setDraft(null)
            onCommit(year)
          } else setDraft(text)
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  )
}

export function YearRange() {
  const [from, to] = useAppStore(useShallow((s) => s.filters.years))
  const setYears = useAppStore((s) => s.setYears)
  const hintId = useId()
  const all = from === YEAR_MIN && to === YEAR_MAX
  return (
    <fieldset className="filter-group" aria-describedby={hintId}>
      <legend>
        <h3 className="filter-group__title">Years</h3>
      </legend>
      <p className="filter-group__state">
        {all
          ? `All years, ${YEAR_MIN} to ${YEAR_MAX}`
          : from === to
            ? `The year ${from} only`
            : `From ${from} to ${to}`}
      </p>
      <div className="year-inputs">
        {/* Moving one end past the other drags the other along, rather than swapping them. */}
        <YearInput label="From" value={from} onCommit={(y) => setYears([y, Math.max(y, to)])} />
        <YearInput label="To" value={to} onCommit={(y) => setYears([Math.min(from, y), y])} />
      </div>
      <ul className="presets" aria-label="Quick ranges">
        {YEAR_PRESETS.map((p) => (
          <li key={p.label}>
            <button
              type="button"
              className="preset"
              aria-pressed={from === p.years[0] && to === p.years[1]}
              onClick={() => setYears(p.years)}
            >
              {p.label}{' '}
              <span className="preset__years">
                {p.years[0]}–{p.years[1]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <p id={hintId} className="filter-group__hint">
        Eras count wherever they overlap the range: Cold War supplies show for any year from 1948 to
        1991.
      </p>
    </fieldset>
  )
}
