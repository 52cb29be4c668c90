import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'
import { useVisible } from '../../store/use-visible'
import { isDefaultFilters } from '../../lib/explorer-view'

/** What the filters leave, announced politely as it changes, with the way back to everything. */
export function ShownCounts({ data }: { data: Dataset }) {
  const visible = useVisible(data)
  const isDefault = useAppStore((s) => isDefaultFilters(s.filters))
  const clearFilters = useAppStore((s) => s.clearFilters)
  return (
    <div className="shown-counts">
      <p className="shown-counts__text" role="status">
        Showing {visible.events.size} of {data.events.length} events, {visible.flows.size} of{' '}
        {data.flows.length} flows
      </p>
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
