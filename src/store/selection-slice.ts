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
  // Selecting something always brings its details into view, in the same update, so the panel and the
  // map never disagree about what is selected.
  select: (selection) => set({ selection, ...(selection ? { panel: 'details' as const } : {}) }),
  setPanel: (panel) => set({ panel }),
})
