import { useEffect, useState } from 'react'
import { useDataset, type Dataset } from '../data/dataset'
import { selectionName } from '../lib/selection-name'
import { useAppStore, type Selection } from '../store'

const KIND = { place: 'Place', event: 'Event', flow: 'Flow' } as const

function describe(data: Dataset | undefined, selection: Selection | null): string {
  if (!selection) return 'Selection cleared: the details panel shows the overview.'
  const item = data && selectionName(data, selection)
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
