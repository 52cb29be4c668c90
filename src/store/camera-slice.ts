import type { StateCreator } from 'zustand'
import { DEFAULT_CAMERA, HOME, type Camera, type CameraTarget } from '../lib/explorer-view'
import type { AppStore } from './index'

/**
 * Who asked for a camera. The app and the URL ask the map to move through `cameraRequest`, which the map
 * follows; the map reports where it ended up, and whether that was the request followed or a move of
 * its own (the person dragging, or a selection brought into view). A report never comes back as a
 * request, so the two cannot loop (maputnik's MapMaplibreGl pattern).
 */
export type CameraSource = 'app' | 'url'

export interface CameraRequest {
  target: CameraTarget
  source: CameraSource
  /** Bumped on every request so asking twice for the same view still moves the map back to it. */
  seq: number
  /** Jump instead of flying (page load, back/forward, reduced motion). */
  instant: boolean
}

export interface CameraSlice {
  /** Where the map is, as last reported (or, before the map has reported, where it will be made). */
  camera: Camera
  cameraRequest: CameraRequest
  /**
   * The map has moved away from the last request: the person panned or zoomed, or a selection was
   * brought into view. While false, the map shows the request exactly, and keeps fitting it to its
   * size; a link then needs no camera of its own, and a briefing stop is still "as defined".
   */
  cameraMoved: boolean
  /** Called by the map after every move. `moved`: the move was not the request being followed. */
  reportCamera: (camera: Camera, opts: { moved: boolean }) => void
  /**
   * Called by the app to move the map. `byPerson`: a move the person asked for in so many words (an
   * edge chip's "Show Moscow"), which a link must carry as it carries a drag.
   */
  requestCamera: (
    target: CameraTarget,
    opts?: { source?: CameraSource; instant?: boolean; byPerson?: boolean },
  ) => void
}

export const createCameraSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  CameraSlice
> = (set) => ({
  camera: DEFAULT_CAMERA,
  // A fresh page opens on the home framing, at once; a link with a camera replaces this request.
  cameraRequest: { target: HOME, source: 'app', seq: 0, instant: true },
  cameraMoved: false,
  reportCamera: (camera, { moved }) =>
    set((s) => ({ camera, cameraMoved: moved || s.cameraMoved })),
  requestCamera: (target, { source = 'app', instant = false, byPerson = false } = {}) =>
    set((s) => ({
      ...(target.kind === 'camera' ? { camera: target.camera } : {}),
      cameraMoved: byPerson,
      cameraRequest: { target, source, instant, seq: s.cameraRequest.seq + 1 },
    })),
})

/** The camera a link should carry: none while the map shows a framing it fits by itself. */
export function linkCamera(s: Pick<CameraSlice, 'camera' | 'cameraMoved' | 'cameraRequest'>) {
  return s.cameraMoved || s.cameraRequest.target.kind === 'camera' ? s.camera : null
}
