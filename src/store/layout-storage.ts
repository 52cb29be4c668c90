/**
 * Remembers which panels the person opened or closed, in this browser's localStorage, and sets the
 * panels on start-up: this screen's defaults under what they chose before. Storage that is missing,
 * full or unreadable costs only the memory, never the page.
 */
import { defaultPanels } from '../lib/panel-defaults'
import { useAppStore } from './index'
import { PANEL_NAMES, type Panels } from './layout-slice'

export const LAYOUT_STORAGE_KEY = 'rnk-explorer:panels'

function readChosen(storage: Storage | null): Partial<Panels> {
  try {
    const raw = storage?.getItem(LAYOUT_STORAGE_KEY)
    if (!raw) return {}
    const json: unknown = JSON.parse(raw)
    if (!json || typeof json !== 'object') return {}
    const chosen: Partial<Panels> = {}
    for (const name of PANEL_NAMES) {
      const v = (json as Record<string, unknown>)[name]
      if (typeof v === 'boolean') chosen[name] = v
    }
    return chosen
  } catch {
    return {}
  }
}

function safeStorage(win: Window): Storage | null {
  try {
    return win.localStorage
  } catch {
    return null
  }
}

/** Sets the panels now and keeps what the person chooses. Returns the teardown. */
export function startLayoutStorage(win: Window = window): () => void {
  const storage = safeStorage(win)
  useAppStore
    .getState()
    .initPanels(defaultPanels(win.innerWidth, win.innerHeight), readChosen(storage))
  return useAppStore.subscribe(
    (s) => s.panelsChosen,
    (chosen) => {
      try {
        storage?.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(chosen))
      } catch {
        // Full or refused: the choice holds for this visit only.
      }
    },
  )
}
