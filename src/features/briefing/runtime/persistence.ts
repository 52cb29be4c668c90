/**
 * Your own briefings, kept in this browser's localStorage in the versioned format of
 * lib/briefing-format.ts. Read once the article's data is known (quotations are checked against it),
 * written on every change, and re-read when another window of the explorer changes them. Storage that
 * cannot be read is set aside under another key, never overwritten, and the person is told.
 */
import { useEffect } from 'react'
import {
  parseSaved,
  serializeSaved,
  STORAGE_KEY,
  type BriefingContext,
} from '../../../lib/briefing-format'
import { describeProblem } from '../../../data/errors'
import { useAppStore } from '../../../store'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage turned off (privacy settings): briefings then last as long as the page.
    return null
  }
}

function load(ctx: BriefingContext) {
  const store = storage()
  const s = useAppStore.getState()
  const raw = store?.getItem(STORAGE_KEY) ?? null
  if (raw === null) return s.setSavedBriefings([])
  const result = parseSaved(raw, ctx)
  if (result.ok) return s.setSavedBriefings(result.value)
  const backup = `${STORAGE_KEY}:unreadable:${Date.now()}`
  try {
    store?.setItem(backup, raw)
    store?.removeItem(STORAGE_KEY)
  } catch {
    // Full storage: leave the original where it is; it is still not overwritten until the next save.
  }
  s.setSavedBriefings([])
  s.notify(
    `Your saved briefings could not be read (${result.problems.slice(0, 3).map(describeProblem).join('; ')}). ` +
      `They were kept in this browser's storage under "${backup}".`,
  )
}

/** Loads the saved briefings into the store (savedBriefingsLoaded); with `write`, saves every change. */
export function useSavedBriefings(ctx: BriefingContext | null, { write }: { write: boolean }) {
  useEffect(() => {
    if (!ctx) return
    let applying = true
    load(ctx)
    applying = false
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY) return
      applying = true
      load(ctx)
      applying = false
    }
    window.addEventListener('storage', onStorage)
    const unsubscribe = write
      ? useAppStore.subscribe(
          (s) => s.savedBriefings,
          (list) => {
            if (applying) return
            try {
              storage()?.setItem(STORAGE_KEY, serializeSaved(list))
            } catch {
              useAppStore
                .getState()
                .notify(
                  'Your briefings could not be saved in this browser (its storage is full or turned off). Export them to files to keep them.',
                )
            }
          },
        )
      : () => {}
    return () => {
      window.removeEventListener('storage', onStorage)
      unsubscribe()
    }
  }, [ctx, write])
}
