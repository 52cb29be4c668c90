import type { StateCreator } from 'zustand'
import type { AppStore } from './index'

export interface Notice {
  id: number
  text: string
}

export interface NoticesSlice {
  notices: readonly Notice[]
  notify: (text: string) => void
  dismissNotice: (id: number) => void
}

let nextId = 1
/** Older notices give way beyond this, so a run of failures cannot bury the page under messages. */
export const MAX_NOTICES = 4

export const createNoticesSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  NoticesSlice
> = (set) => ({
  notices: [],
  // The same text twice (e.g. a link parsed again on back/forward) is shown once.
  notify: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: nextId++, text }].slice(-MAX_NOTICES) },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
