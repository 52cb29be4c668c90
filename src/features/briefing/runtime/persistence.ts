/**
 * Your own briefings, kept in this browser's localStorage in the versioned format of
 * data/briefing-format.ts. Read once the article's data is known (quotations are checked against it),
 * written on every change, and re-read when another window of the explorer changes them. Storage that
 * cannot be read is set aside under another key, never overwritten, and the person is told.
 */
import { useEffect } from 'react'
import {
  parseSaved,
  serializeSaved,
  STORAGE_KEY,
  type BriefingContext,
} from '../../../data/briefing-format'
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

/**
 * Reads the saved briefings into the store. Returns true when an unreadable entry had to stay under
 * the main key (storage full, so it could not be copied aside): saving is then held back, because the
 * next save would overwrite the only copy.
 */
function load(ctx: BriefingContext): boolean {
  const store = storage()
  const s = useAppStore.getState()
  const raw = store?.getItem(STORAGE_KEY) ?? null
  if (raw === null) {
    s.setSavedBriefings([])
    return false
  }
  const result = parseSaved(raw, ctx)
  if (result.ok) {
    s.setSavedBriefings(result.value)
    return false
  }
  const why = result.problems.slice(0, 3).map(describeProblem).join('; ')
  const backup = `${STORAGE_KEY}:unreadable:${Date.now()}`
  let keptAside = false
  try {
    store?.setItem(backup, raw)
    keptAside = true
    store?.removeItem(STORAGE_KEY)
  } catch {
    // Full storage: the original stays where it is, and saving is held back so it is never overwritten.
  }
  s.setSavedBriefings([])
  s.notify(
    keptAside
      ? `Your saved briefings could not be read (${why}). They were kept in this browser's storage under "${backup}".`
      : `Your saved briefings could not be read (${why}). They were left untouched under "${STORAGE_KEY}", ` +
          `and new briefings will not be saved over them: export what you make to a file to keep it.`,
  )
  return !keptAside
}

/** Loads the saved briefings into the store (savedBriefingsLoaded); with `write`, saves every change. */
export function useSavedBriefings(ctx: BriefingContext | null, { write }: { write: boolean }) {
  useEffect(() => {
    if (!ctx) return
    let applying = true
    let blocked = load(ctx)
    applying = false
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY) return
      applying = true
      blocked = load(ctx)
      applying = false
    }
    window.addEventListener('storage', onStorage)
    const unsubscribe = write
      ? useAppStore.subscribe(
          (s) => s.savedBriefings,
          (list) => {
            if (applying) return
            if (blocked) {
              useAppStore
                .getState()
                .notify(
                  'Your briefings could not be saved in this browser without overwriting the unreadable saved ones. Export them to files to keep them.',
                )
              return
            }
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
