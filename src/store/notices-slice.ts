import type { StateCreator } from 'zustand'
import type { AppStore } from './index'

export interface Notice {
  id: number
  text: string
  /** Notices on one topic replace each other (see `notify`). */
  topic?: string
}

/** The topic of the confirmations of what the person just did ("Added …", "Saved …"). */
export const DONE_TOPIC = 'done'

export interface NoticesSlice {
  notices: readonly Notice[]
  /**
   * Shows `text`. With a `topic`, it replaces any notice on the same topic: two "Added" confirmations in
   * a row leave the newer one, not a pile.
   */
  notify: (text: string, topic?: string) => void
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
  notify: (text, topic) =>
    set((s) => {
      const kept = topic ? s.notices.filter((n) => n.topic !== topic) : s.notices
      if (kept.some((n) => n.text === text)) return s
      const notice: Notice = topic ? { id: nextId++, text, topic } : { id: nextId++, text }
      return { notices: [...kept, notice].slice(-MAX_NOTICES) }
    }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
