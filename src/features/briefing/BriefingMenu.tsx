import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'
import { enterFullscreen, FULLSCREEN_REFUSED } from './fullscreen'
import './briefing-menu.css'

/** The id of the briefing that ships with the explorer (data/briefings.json). */
export const DEFAULT_BRIEFING = 'default'

/**
 * Present a briefing to a room, and the hand-out tools, in the masthead. Kept small: it is in the
 * first load; everything it opens comes in the briefing chunk (BriefingLayer).
 *
 * Drawn with the page shell, before the data (`data` undefined), so the masthead has its final shape
 * from the first paint: buttons that arrived later squeezed the title and moved the whole page down.
 * A briefing or dialog asked for meanwhile opens once the briefing chunk has the data; only the picture,
 * drawn from the data, waits for it.
 */
export function BriefingMenu({ data }: { data: Dataset | undefined }) {
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
    if (data) void import('./png/export-png').then((m) => m.exportMapPng(data))
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
      <button type="button" className="button button--quiet" onClick={saveImage} disabled={!data}>
        Save map image
      </button>
    </div>
  )
}
