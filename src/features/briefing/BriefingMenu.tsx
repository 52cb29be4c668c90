import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'
import { enterFullscreen, FULLSCREEN_REFUSED } from './fullscreen'
import './briefing-menu.css'

/** The id of the briefing that ships with the explorer (data/briefings.json). */
export const DEFAULT_BRIEFING = 'default'

/**
 * Present a briefing to a room, and the hand-out tools, in the masthead. Kept small: it is in the
 * first load; everything it opens comes in the briefing chunk (BriefingLayer).
 */
export function BriefingMenu({ data }: { data: Dataset }) {
  const requestBriefing = useAppStore((s) => s.requestBriefing)
  const setDialog = useAppStore((s) => s.setBriefingDialog)
  const notify = useAppStore((s) => s.notify)

  const present = () => {
    // Asked for inside the click: browsers grant full screen only to a fresh user action.
    void enterFullscreen().then((ok) => {
      if (!ok) notify(FULLSCREEN_REFUSED)
    })
    requestBriefing(DEFAULT_BRIEFING, 1)
  }
  const saveImage = () => {
    void import('./png/export-png').then((m) => m.exportMapPng(data))
  }

  return (
    <div className="briefing-menu" role="group" aria-label="Briefing and hand-outs">
      <button type="button" className="button briefing-menu__present" onClick={present}>
        <span aria-hidden="true">▶ </span>Present
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setDialog({ kind: 'manager' })}
      >
        Briefings…
      </button>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => setDialog({ kind: 'add-stop' })}
      >
        Add this view as a stop
      </button>
      <button type="button" className="button button--quiet" onClick={saveImage}>
        Save map image
      </button>
    </div>
  )
}
