import { useAppStore } from '../store'
import './buttons.css'

export interface FilteredOutNoteProps {
  count: number
  /** Plural noun for what is hidden, e.g. "events". */
  what?: string
}

/** Never drop items silently: say how many the filters hide, with a one-press way back to everything. */
export function FilteredOutNote({ count, what }: FilteredOutNoteProps) {
  const clearFilters = useAppStore((s) => s.clearFilters)
  if (count <= 0) return null
  return (
    <p className="filtered-out">
      <span>
        {count} more {what ? `${count === 1 ? singular(what) : what} ` : ''}hidden by the current
        filters.
      </span>{' '}
      <button type="button" className="button button--quiet button--small" onClick={clearFilters}>
        Show all
      </button>
    </p>
  )
}

function singular(noun: string): string {
  return noun.endsWith('s') ? noun.slice(0, -1) : noun
}
