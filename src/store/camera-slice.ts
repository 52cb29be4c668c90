import type { StateCreator } from 'zustand'
import { DEFAULT_CAMERA, type Camera } from '../lib/explorer-view'
import type { AppStore } from './index'

/**
 * Where a camera change came from. The map reports the person's moves as 'user' and never echoes them
 * back; the app and the URL ask the map to move through `cameraRequest`, which the map follows.
 */
export type CameraSource = 'user' | 'app' | 'url'

export interface CameraRequest {
  camera: Camera
  source: Exclude<CameraSource, 'user'>
  /** Bumped on every request so asking twice for the same view still moves the map back to it. */
  seq: number
  /** Jump instead of flying (page load, back/forward). */
  instant: boolean
}

export interface CameraSlice {
  camera: Camera
  cameraRequest: CameraRequest | null
  /** Called by the map when the person moves it. */
  reportCamera: (camera: Camera) => void
  /** Called by the app to move the map. */
  requestCamera: (camera: Camera, opts?: { source?: 'app' | 'url'; instant?: boolean }) => void
}

export const createCameraSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  CameraSlice
> = (set) => ({
  camera: DEFAULT_CAMERA,
  cameraRequest: null,
  reportCamera: (camera) => set({ camera }),
  requestCamera: (camera, { source = 'app', instant = false } = {}) =>
    set((s) => ({
      camera,
      cameraRequest: { camera, source, instant, seq: (s.cameraRequest?.seq ?? 0) + 1 },
    })),
})
