/**
 * Every briefing this window can present: the ones shipped in data/briefings.json, then the person's
 * own, with what import and storage need to check quotations against the article's data.
 */
import { useMemo } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import { useShippedBriefings } from '../../../data/briefings'
import type { Dataset } from '../../../data/dataset'
import { DataError, type DataProblem } from '../../../data/errors'
import { knownQuotations } from '../../../data/briefing-checks'
import type { BriefingContext } from '../../../data/briefing-format'
import { useAppStore } from '../../../store'
import { useSavedBriefings } from './persistence'

export interface Catalogue {
  list: readonly Briefing[]
  get: (id: string) => Briefing | undefined
  isShipped: (id: string) => boolean
  /** Both sources have been read (or failed): links can now be resolved. */
  ready: boolean
  /** Problems with data/briefings.json, if it could not be used. */
  shippedProblems: readonly DataProblem[] | null
  context: BriefingContext | null
}

export function useCatalogue(data: Dataset, { write }: { write: boolean }): Catalogue {
  const shipped = useShippedBriefings(data)
  const shippedList = shipped.data
  const settled = !shipped.isPending
  const context = useMemo<BriefingContext | null>(
    () => (settled ? { refs: data, known: knownQuotations(data, shippedList ?? []) } : null),
    [data, shippedList, settled],
  )
  useSavedBriefings(context, { write })
  const saved = useAppStore((s) => s.savedBriefings)
  const savedLoaded = useAppStore((s) => s.savedBriefingsLoaded)
  const error = shipped.error
  return useMemo(() => {
    // A briefing carried in the offline file that is also saved in this browser (same id) is shown
    // once, as saved: that is the copy the person may have changed since.
    const savedIds = new Set(saved.map((b) => b.id))
    const list = [...(shippedList ?? []).filter((b) => !savedIds.has(b.id)), ...saved]
    const byId = new Map(list.map((b) => [b.id, b]))
    const shippedIds = new Set(
      (shippedList ?? []).map((b) => b.id).filter((id) => !savedIds.has(id)),
    )
    const shippedProblems = error
      ? error instanceof DataError
        ? error.problems
        : [{ file: 'data/briefings.json', message: error.message }]
      : null
    return {
      list,
      get: (id: string) => byId.get(id),
      isShipped: (id: string) => shippedIds.has(id),
      ready: settled && savedLoaded,
      shippedProblems,
      context,
    }
  }, [shippedList, saved, error, settled, savedLoaded, context])
}
