import type { ReactNode } from 'react'
import { useAppStore } from '../../store'

export interface PanelHeadProps {
  headingId: string
  kicker: ReactNode
  title: string
  /** Set when the filters hide the selected item: says so, with a way to show everything. */
  hiddenMessage?: string | null
}

/** The top of a place, event or flow panel: the way back, what kind of thing this is, and its name. */
export function PanelHead({ headingId, kicker, title, hiddenMessage }: PanelHeadProps) {
  const select = useAppStore((s) => s.select)
  const clearFilters = useAppStore((s) => s.clearFilters)
  return (
    <header className="details__head">
      <button
        type="button"
        className="button button--quiet button--small details__back"
        onClick={() => select(null)}
      >
        <span aria-hidden="true">← </span>Back to overview
      </button>
      <p className="details__kicker">{kicker}</p>
      {/* tabIndex -1: the panel moves focus here when the selection changes. */}
      <h2 id={headingId} className="details__title" tabIndex={-1}>
        {title}
      </h2>
      {hiddenMessage && (
        <div className="details__hidden" role="note">
          <p>{hiddenMessage}</p>
          <button type="button" className="button button--small" onClick={clearFilters}>
            Show all
          </button>
        </div>
      )}
    </header>
  )
}
