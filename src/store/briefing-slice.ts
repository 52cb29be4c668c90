import type { StateCreator } from 'zustand'
import type { Briefing } from '../data/briefing-schema'
import { stopView, type StopView } from './stop-view'
import type { AppStore } from './index'

/** `stop`: the room sees the map and the stop's card. `explore`: the explorer's panels are back. */
export type PresentationMode = 'stop' | 'explore'

export interface Presentation {
  briefingId: string
  /** 0-based; links and people count from 1. */
  index: number
  count: number
  mode: PresentationMode
  blackout: boolean
  /** When this briefing started (ms since the epoch), for the presenter's clock. */
  startedAt: number
}

/** A briefing asked for (a link, the Present button, the presenter's window) before its stops are known. */
export interface BriefingRequest {
  briefingId: string
  /** 1-based, as in the link. */
  stop: number
  instant: boolean
}

export type BriefingDialog =
  { kind: 'manager' } | { kind: 'edit'; briefingId: string } | { kind: 'add-stop' } | null

export interface BriefingSlice {
  presentation: Presentation | null
  briefingRequest: BriefingRequest | null
  briefingDialog: BriefingDialog
  /** The briefing whose printable hand-out is open. */
  handoutBriefingId: string | null
  /** While the hand-out's map images are taken the view changes once per stop; the link must not. */
  capturingHandout: boolean
  /** This window is the presenter's view (?presenter=1), not the room's. */
  presenterWindow: boolean
  /** The person's own briefings, kept in the browser's storage (features/briefing/runtime/persistence.ts). */
  savedBriefings: readonly Briefing[]
  /** Whether the saved briefings have been read yet: a link to one waits for this. */
  savedBriefingsLoaded: boolean

  requestBriefing: (briefingId: string, stop?: number, opts?: { instant?: boolean }) => void
  /** Shows a stop exactly as defined: filters, selection and camera, starting the briefing if needed. */
  showStop: (briefing: Briefing, index: number, opts?: { instant?: boolean }) => void
  /** Applies a view without touching the briefing (the hand-out's captures, and putting the view back). */
  applyView: (view: StopView, opts?: { instant?: boolean }) => void
  setPresentationMode: (mode: PresentationMode) => void
  setBlackout: (on: boolean) => void
  endBriefing: () => void
  setBriefingDialog: (dialog: BriefingDialog) => void
  setHandout: (briefingId: string | null) => void
  setCapturingHandout: (on: boolean) => void
  setSavedBriefings: (list: readonly Briefing[]) => void
}

const patchPresentation = (s: AppStore, patch: Partial<Presentation>) =>
  s.presentation ? { presentation: { ...s.presentation, ...patch } } : s

export const createBriefingSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  BriefingSlice
> = (set, get) => ({
  presentation: null,
  briefingRequest: null,
  briefingDialog: null,
  handoutBriefingId: null,
  capturingHandout: false,
  presenterWindow: false,
  savedBriefings: [],
  savedBriefingsLoaded: false,

  requestBriefing: (briefingId, stop = 1, { instant = false } = {}) =>
    set({ briefingRequest: { briefingId, stop, instant } }),

  applyView: (view, { instant = false } = {}) => {
    set({
      filters: view.filters,
      selection: view.selection,
      ...(view.selection ? { panel: 'details' as const } : {}),
    })
    // A second update, after the selection: the map brings a new selection into view unless a camera
    // request follows it (sync-selection-camera.ts), and the stop's own camera must win.
    get().requestCamera(view.camera, { instant })
  },

  showStop: (briefing, index, { instant = false } = {}) => {
    const i = Math.max(0, Math.min(briefing.stops.length - 1, index))
    const stop = briefing.stops[i]
    if (!stop) return
    const view = stopView(stop)
    // The stop, its view and the briefing's place in one update, so nothing sees a half-applied stop.
    set((s) => ({
      filters: view.filters,
      selection: view.selection,
      ...(view.selection ? { panel: 'details' as const } : {}),
      briefingRequest: null,
      presentation: {
        briefingId: briefing.id,
        index: i,
        count: briefing.stops.length,
        mode: 'stop',
        blackout: false,
        // Moving between stops keeps the clock running; a new briefing restarts it.
        startedAt:
          s.presentation?.briefingId === briefing.id ? s.presentation.startedAt : Date.now(),
      },
    }))
    // See applyView: the camera request comes after the selection so the stop's camera wins.
    get().requestCamera(view.camera, { instant })
  },

  setPresentationMode: (mode) => set((s) => patchPresentation(s, { mode })),
  setBlackout: (blackout) => set((s) => patchPresentation(s, { blackout })),
  endBriefing: () => set({ presentation: null, briefingRequest: null }),
  setBriefingDialog: (briefingDialog) => set({ briefingDialog }),
  setHandout: (handoutBriefingId) => set({ handoutBriefingId }),
  setCapturingHandout: (capturingHandout) => set({ capturingHandout }),
  setSavedBriefings: (savedBriefings) => set({ savedBriefings, savedBriefingsLoaded: true }),
})
