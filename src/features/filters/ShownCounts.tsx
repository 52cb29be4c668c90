import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'
import { useVisible } from '../../store/use-visible'
import { isDefaultFilters } from '../../lib/explorer-view'
import { looseNote } from '../../lib/visibility-note'

/**
 * What the filters leave, announced politely as it changes, with the way back to everything. Under the
 * counts, one line says how many of them only a loose reading of the years keeps in (undated items,
 * eras reaching past the chosen years): without it a year filter seemed to change little.
 */
export function ShownCounts({ data }: { data: Dataset }) {
  const visible = useVisible(data)
  const years = useAppStore((s) => s.filters.years)
  const isDefault = useAppStore((s) => isDefaultFilters(s.filters))
  const clearFilters = useAppStore((s) => s.clearFilters)
  const note = looseNote(visible.loose, years)
  return (
    <div className="shown-counts">
      {/* One live region for both lines, so a change is read once, counts first. */}
      <div className="shown-counts__status" role="status">
        <p className="shown-counts__text">
          Showing {visible.events.size} of {data.events.length} events, {visible.flows.size} of{' '}
          {data.flows.length} flows
        </p>
        {note && <p className="shown-counts__loose">{note}</p>}
      </div>
      <button
        type="button"
        className="button button--small"
        onClick={clearFilters}
        disabled={isDefault}
      >
        Clear all filters
      </button>
    </div>
  )
}
