import { useEffect, useState } from 'react'
import { useDataset } from '../data/dataset'
import { useAppStore, type Selection } from '../store'
import type { Dataset } from '../data/dataset'

const KIND = { place: 'Place', event: 'Event', flow: 'Flow' } as const

function describe(data: Dataset | undefined, selection: Selection | null): string {
  if (!selection) return 'Selection cleared: the details panel shows the overview.'
  const item =
    selection.kind === 'place'
      ? data?.placeById.get(selection.id)?.name
      : selection.kind === 'event'
        ? data?.eventById.get(selection.id)?.title
        : data?.flowById.get(selection.id)?.title
  return `${KIND[selection.kind]} selected: ${item ?? selection.id}. Its details are in the details panel.`
}

/**
 * Says politely what was just selected, wherever it was chosen (a map marker, the timeline, the list, a
 * link followed with back and forward), so screen-reader users hear the change even when focus stays
 * put. Filter changes are announced by the counts in the filters (ShownCounts). Silent on page load:
 * only changes after it mounts are spoken.
 */
export function SelectionAnnouncer() {
  // The dataset is already loaded when the explorer renders; this reads React Query's cache.
  const { data } = useDataset()
  const [text, setText] = useState('')
  useEffect(
    () =>
      useAppStore.subscribe(
        (s) => s.selection,
        (selection) => setText(describe(data, selection)),
      ),
    [data],
  )
  return (
    <p
      className="visually-hidden"
      role="status"
      aria-live="polite"
      data-testid="selection-announcer"
    >
      {text}
    </p>
  )
}
