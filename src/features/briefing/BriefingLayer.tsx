/**
 * The briefing's place in the page. Presenting, the dialogs and the hand-out are not part of the first
 * screen: their code, the shipped briefings (data/briefings.json) and the saved ones are loaded the
 * first time something asks for a briefing (Present, a stop link, Briefings…, Add this view as a stop,
 * a presenter's window), or at once where this browser keeps briefings of its own, and stay loaded
 * from then on.
 */
import { lazy, Suspense, useEffect, useState } from 'react'
import { STORAGE_KEY } from '../../data/briefing-storage-key'
import type { Dataset } from '../../data/dataset'
import { useAppStore, type AppStore } from '../../store'
import { usePresenterWake } from './presenter-wake'

const loadRuntime = () => import('./runtime/BriefingRuntime')
const BriefingRuntime = lazy(loadRuntime)
/** The runtime shows the dialogs (lazily); asked for beside it, their chunk does not wait for it. */
const loadDialogs = () => import('./editor/BriefingDialogs')

/**
 * Someone who keeps their own briefings in this browser has them read as the page opens (and hears at
 * once if they cannot be read: runtime/persistence.ts), as before the runtime was lazy.
 */
function hasSavedBriefings(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== null
  } catch {
    return false
  }
}

const asksForBriefing = (s: AppStore) =>
  s.briefingRequest !== null ||
  s.presentation !== null ||
  s.briefingDialog !== null ||
  s.handoutBriefingId !== null

/**
 * Mounted with the page, before the data (`data` undefined): a stop link asks for its briefing as the
 * page opens, and the runtime's chunk then downloads alongside the data instead of after it.
 */
export function BriefingLayer({ data }: { data: Dataset | undefined }) {
  const asked = useAppStore(asksForBriefing)
  const dialog = useAppStore((s) => s.briefingDialog !== null)
  const [needed, setNeeded] = useState(hasSavedBriefings)
  const woken = usePresenterWake(true)
  // Once loaded it stays mounted: it keeps the saved briefings and answers the presenter's window.
  if ((asked || woken) && !needed) setNeeded(true)
  useEffect(() => {
    if (needed) void loadRuntime()
  }, [needed])
  useEffect(() => {
    if (dialog) void loadDialogs()
  }, [dialog])
  if (!needed || !data) return null
  return (
    <Suspense fallback={null}>
      <BriefingRuntime data={data} />
    </Suspense>
  )
}
