/**
 * What the map column says when it cannot show the map, and what the person can do about it. The rest
 * of the explorer does not depend on the map, so every notice points to the list twin of the map.
 */
import { useAppStore } from '../store'

export const NO_WEBGL_MESSAGE =
  'The map needs WebGL, which this browser has turned off. Everything else — the list of places and flows, the timeline and the panels — still works.'

export const MAP_FAILED_MESSAGE =
  'The map could not start in this browser. Everything else — the list of places and flows, the timeline and the panels — still works.'

export const CONTEXT_LOST_MESSAGE =
  'The map’s graphics were interrupted (the graphics card or its driver was reset). The map is being redrawn with your filters and selection; the list, the timeline and the panels still work.'

export const CONTEXT_STUCK_MESSAGE =
  'The map’s graphics have not come back by themselves. Restart the map to draw it again; nothing you chose is lost.'

/** Opens the list twin of the map and moves focus to it, so a keyboard user lands on it. */
function showList() {
  useAppStore.getState().setPanel('list')
  requestAnimationFrame(() =>
    document.getElementById('side-panel')?.querySelector<HTMLElement>('h2')?.focus(),
  )
}

export function MapNotice({
  message,
  urgent,
  onRestart,
}: {
  message: string
  /** An alert for what has failed; a polite status for what is being repaired by itself. */
  urgent: boolean
  onRestart?: () => void
}) {
  return (
    <div className="map-view__notice" role={urgent ? 'alert' : 'status'}>
      <p>{message}</p>
      <div className="map-view__notice-actions">
        {onRestart && (
          <button type="button" className="button" onClick={onRestart}>
            Restart the map
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={showList}>
          Show places and flows as a list
        </button>
      </div>
    </div>
  )
}
