import { useEffect, useState } from 'react'
import { DATA_TIMEOUT_MS } from '../data/dataset'

/** After this long, "Loading…" says that it is taking longer than it should, and for how long at most. */
export const SLOW_AFTER_MS = 4000

/**
 * The page while the data is on its way. Mounted afresh for each attempt, so its clock starts with the
 * attempt; a slow connection gets a visible, announced "still loading" rather than a silent wait.
 */
export function Loading() {
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  return (
    <div className="loading" role="status">
      <p>Loading the article's data…</p>
      {slow && (
        <p className="loading__slow">
          Still loading: this is taking longer than usual, so the connection may be slow. The
          explorer will stop waiting after {Math.round(DATA_TIMEOUT_MS / 1000)} seconds and offer to
          try again.
        </p>
      )}
    </div>
  )
}
