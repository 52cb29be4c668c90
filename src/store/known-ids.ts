/**
 * A link may name ids that are not in the dataset (a typo, an old link). Once the data has loaded we
 * drop those and say so, rather than showing an empty or broken view.
 */
import type { Dataset } from '../data/dataset'
import { useAppStore } from './index'

/** A link's id is quoted back, but only in part: a pasted 6,000-character id must not fill the screen. */
const quote = (id: string) => (id.length > 40 ? `${id.slice(0, 40)}…` : id)

export function dropUnknownIds(data: Dataset) {
  const s = useAppStore.getState()
  const problems: string[] = []
  const actors = s.filters.actors.filter((id) => {
    const ok = data.actorById.has(id)
    if (!ok) problems.push(`unknown actor "${quote(id)}"`)
    return ok
  })
  let selection = s.selection
  if (selection) {
    const table = { place: data.placeById, event: data.eventById, flow: data.flowById }[
      selection.kind
    ]
    if (!table.has(selection.id)) {
      problems.push(`unknown ${selection.kind} "${quote(selection.id)}"`)
      selection = null
    }
  }
  if (!problems.length) return
  useAppStore.setState({ filters: { ...s.filters, actors }, selection })
  s.notify(
    `This link named things that are not in the article's data, so they were ignored: ${problems.join('; ')}.`,
  )
}

/**
 * dropUnknownIds now, and again whenever the selection or the chosen actors change: going back to a
 * link's own history entry (after its bad ids were dropped) would otherwise bring them back. Returns
 * the unsubscribe.
 */
export function keepKnownIds(data: Dataset): () => void {
  dropUnknownIds(data)
  return useAppStore.subscribe(
    (s) => [s.selection, s.filters.actors] as const,
    () => dropUnknownIds(data),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  )
}
