import type { ReactNode } from 'react'
import { useAppStore, type SelectionKind } from '../store'
import './buttons.css'

export interface SelectButtonProps {
  kind: SelectionKind
  id: string
  children: ReactNode
  className?: string
  /** Set when the target is hidden by the filters, so the button says so instead of leading nowhere. */
  filteredOut?: boolean
  /** Marks the item that is currently selected (aria-current), e.g. in the list of places. */
  current?: boolean
}

/**
 * A button that opens a place, event or flow in the details panel. A button, not a link: selection is
 * application state (it also moves the map), not navigation to another page.
 */
export function SelectButton({
  kind,
  id,
  children,
  className = 'link-button',
  filteredOut = false,
  current = false,
}: SelectButtonProps) {
  const select = useAppStore((s) => s.select)
  return (
    <>
      <button
        type="button"
        className={className}
        aria-current={current || undefined}
        onClick={() => select({ kind, id })}
      >
        {children}
      </button>
      {/* Outside the button so its accessible name stays the item's name whatever the filters. */}
      {filteredOut && <span className="hidden-tag"> hidden by filters</span>}
    </>
  )
}
