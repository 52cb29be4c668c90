import type { StateCreator } from 'zustand'
import type { Panel, Selection } from '../lib/explorer-view'
import type { AppStore } from './index'

export interface SelectionSlice {
  selection: Selection | null
  /** Which side panel tab is showing. */
  panel: Panel
  select: (selection: Selection | null) => void
  setPanel: (panel: Panel) => void
}

export const createSelectionSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  SelectionSlice
> = (set) => ({
  selection: null,
  panel: 'details',
  // Selecting something always brings its details into view, in the same update (opening the folded
  // panel too, without making that a remembered choice), so the panel and the map never disagree
  // about what is selected.
  select: (selection) =>
    set((s) =>
      selection
        ? { selection, panel: 'details' as const, panels: { ...s.panels, details: true } }
        : { selection },
    ),
  setPanel: (panel) => set((s) => ({ panel, panels: { ...s.panels, details: true } })),
})
