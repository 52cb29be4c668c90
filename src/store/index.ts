/**
 * One store from typed slices: what the person chose (filters, selection, panel, camera) and short
 * notices. Fetched data is not here: it lives in React Query. Middleware is applied once, here.
 */
import { create } from 'zustand'
import { subscribeWithSelector } from 'zustand/middleware'
import { createBriefingSlice, type BriefingSlice } from './briefing-slice'
import { createCameraSlice, type CameraSlice } from './camera-slice'
import { createFiltersSlice, type FiltersSlice } from './filters-slice'
import { createLayoutSlice, type LayoutSlice } from './layout-slice'
import { createNoticesSlice, type NoticesSlice } from './notices-slice'
import { createSelectionSlice, type SelectionSlice } from './selection-slice'

export type AppStore = FiltersSlice &
  SelectionSlice &
  CameraSlice &
  NoticesSlice &
  BriefingSlice &
  LayoutSlice

export const useAppStore = create<AppStore>()(
  subscribeWithSelector((...a) => ({
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createCameraSlice(...a),
    ...createNoticesSlice(...a),
    ...createBriefingSlice(...a),
    ...createLayoutSlice(...a),
  })),
)

const initialState = useAppStore.getState()

/** For tests: back to the state a fresh page starts with. */
export function resetAppStore() {
  useAppStore.setState(initialState, true)
}

// The view's own types live with its defaults and equality (lib/explorer-view.ts); components reach
// them here, beside the store that holds them.
export type { Camera, Filters, Panel, Selection, SelectionKind } from '../lib/explorer-view'
export type { CameraRequest } from './camera-slice'
export type { PanelName, Panels } from './layout-slice'
