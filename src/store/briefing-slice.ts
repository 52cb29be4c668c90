import type { StateCreator } from 'zustand'
import type { Briefing } from '../data/briefing-schema'
import {
  DEFAULT_FILTERS,
  HOME,
  type CameraTarget,
  type Filters,
  type Focus,
  type Panel,
  type Selection,
} from '../lib/explorer-view'
import { stopView } from './stop-view'
import type { AppStore } from './index'

/**
 * A whole view of the map: what is filtered and selected, what the map frames and what it draws at full
 * strength. A briefing stop is one; so is the explorer's own view, kept while a briefing or a hand-out
 * borrows the map, to be put back after.
 */
export interface MapView {
  filters: Filters
  selection: Selection | null
  target: CameraTarget
  focus: Focus | null
  panel?: Panel
}

/** The explorer's view now, as it would have to be asked for to come back exactly. */
export function currentMapView(s: AppStore): MapView {
  return {
    filters: s.filters,
    selection: s.selection,
    panel: s.panel,
    focus: s.focus,
    // Untouched since it was asked for: ask again (a fit fits the screen it comes back to). Moved: go
    // back to exactly where the person left it.
    target: s.cameraMoved ? { kind: 'camera', camera: s.camera } : s.cameraRequest.target,
  }
}

const FRESH_VIEW: MapView = { filters: DEFAULT_FILTERS, selection: null, target: HOME, focus: null }

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
  /** The stop's subject, drawn while the room sees the stop (not while the presenter explores). */
  focus: Focus | null
  /** The camera request that showed this stop: the stop is as defined until the map moves from it. */
  cameraSeq: number
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
  /** What the map draws at full strength while everything else recedes: a stop's subject, or nothing. */
  focus: Focus | null
  /** The explorer's own view from before the briefing began, put back when it ends. */
  explorerBefore: MapView | null

  requestBriefing: (briefingId: string, stop?: number, opts?: { instant?: boolean }) => void
  /** Shows a stop exactly as defined: filters, selection and camera, starting the briefing if needed. */
  showStop: (briefing: Briefing, index: number, opts?: { instant?: boolean }) => void
  /** Applies a view without touching the briefing (the hand-out's captures, and putting the view back). */
  applyView: (view: MapView, opts?: { instant?: boolean }) => void
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

/** The camera fields of an update that asks for `target` (as requestCamera does, inside a larger set). */
function cameraRequestFor(s: AppStore, target: CameraTarget, instant: boolean) {
  return {
    ...(target.kind === 'camera' ? { camera: target.camera } : {}),
    cameraMoved: false,
    cameraRequest: { target, source: 'app' as const, instant, seq: s.cameraRequest.seq + 1 },
  }
}

export const createBriefingSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  BriefingSlice
> = (set) => ({
  presentation: null,
  briefingRequest: null,
  briefingDialog: null,
  handoutBriefingId: null,
  capturingHandout: false,
  presenterWindow: false,
  savedBriefings: [],
  savedBriefingsLoaded: false,
  focus: null,
  explorerBefore: null,

  requestBriefing: (briefingId, stop = 1, { instant = false } = {}) =>
    set({ briefingRequest: { briefingId, stop, instant } }),

  applyView: (view, { instant = false } = {}) =>
    set((s) => ({
      filters: view.filters,
      selection: view.selection,
      focus: view.focus,
      ...(view.panel ? { panel: view.panel } : view.selection ? { panel: 'details' as const } : {}),
      // In the same update as the selection, so the map frames the view rather than the selection.
      ...cameraRequestFor(s, view.target, instant),
    })),

  showStop: (briefing, index, { instant = false } = {}) => {
    const i = Math.max(0, Math.min(briefing.stops.length - 1, index))
    const stop = briefing.stops[i]
    if (!stop) return
    const view = stopView(stop)
    // The stop, its view, its camera and the briefing's place in one update, so nothing sees a
    // half-applied stop and the map frames the stop rather than bringing its selection into view.
    set((s) => {
      const camera = cameraRequestFor(s, view.target, instant)
      return {
        filters: view.filters,
        selection: view.selection,
        focus: view.focus,
        ...(view.selection ? { panel: 'details' as const } : {}),
        ...camera,
        briefingRequest: null,
        // Kept from the first stop shown, so leaving puts back the explorer as it was before Present.
        explorerBefore: s.presentation ? s.explorerBefore : (s.explorerBefore ?? currentMapView(s)),
        presentation: {
          briefingId: briefing.id,
          index: i,
          count: briefing.stops.length,
          mode: 'stop',
          blackout: false,
          // Moving between stops keeps the clock running; a new briefing restarts it.
          startedAt:
            s.presentation?.briefingId === briefing.id ? s.presentation.startedAt : Date.now(),
          focus: view.focus,
          cameraSeq: camera.cameraRequest.seq,
        },
      }
    })
  },

  // Exploring, the explorer draws as it always does; back in the stop view, the stop's subject again.
  setPresentationMode: (mode) =>
    set((s) =>
      s.presentation
        ? {
            presentation: { ...s.presentation, mode },
            focus: mode === 'stop' ? s.presentation.focus : null,
          }
        : s,
    ),
  setBlackout: (blackout) => set((s) => patchPresentation(s, { blackout })),
  endBriefing: () =>
    set((s) => {
      if (!s.presentation && !s.briefingRequest) return s
      // Back to the explorer as it was before Present (a briefing opened by a link: a fresh page).
      const back = s.explorerBefore ?? FRESH_VIEW
      return {
        presentation: null,
        briefingRequest: null,
        explorerBefore: null,
        filters: back.filters,
        selection: back.selection,
        focus: null,
        panel: back.panel ?? 'details',
        ...cameraRequestFor(s, back.target, false),
      }
    }),
  setBriefingDialog: (briefingDialog) => set({ briefingDialog }),
  setHandout: (handoutBriefingId) => set({ handoutBriefingId }),
  setCapturingHandout: (capturingHandout) => set({ capturingHandout }),
  setSavedBriefings: (savedBriefings) => set({ savedBriefings, savedBriefingsLoaded: true }),
})
