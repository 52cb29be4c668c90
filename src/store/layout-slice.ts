import type { StateCreator } from 'zustand'
import type { AppStore } from './index'

/**
 * The explorer's panels around the map, each open or closed: the filters, the details (with the list
 * and the sources), the timeline and the map's legend. Closed ones give their room to the map; each has
 * a button that brings it back. What the person opens or closes is remembered in the browser
 * (store/layout-storage.ts); until then each screen gets defaults that keep the map the largest thing
 * on it (lib/panel-defaults.ts).
 */
export const PANEL_NAMES = ['filters', 'details', 'timeline', 'legend'] as const
export type PanelName = (typeof PANEL_NAMES)[number]
export type Panels = Record<PanelName, boolean>

export interface LayoutSlice {
  panels: Panels
  /** Only the panels the person opened or closed themselves: these are remembered. */
  panelsChosen: Partial<Panels>
  setPanelOpen: (name: PanelName, open: boolean) => void
  togglePanel: (name: PanelName) => void
  /** Sets the defaults for this screen under what the person chose (on start-up). */
  initPanels: (defaults: Panels, chosen: Partial<Panels>) => void
}

export const createLayoutSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  LayoutSlice
> = (set) => ({
  panels: { filters: false, details: true, timeline: false, legend: true },
  panelsChosen: {},
  setPanelOpen: (name, open) =>
    set((s) => ({
      panels: { ...s.panels, [name]: open },
      panelsChosen: { ...s.panelsChosen, [name]: open },
    })),
  togglePanel: (name) =>
    set((s) => ({
      panels: { ...s.panels, [name]: !s.panels[name] },
      panelsChosen: { ...s.panelsChosen, [name]: !s.panels[name] },
    })),
  initPanels: (defaults, chosen) =>
    set({ panels: { ...defaults, ...chosen }, panelsChosen: chosen }),
})
