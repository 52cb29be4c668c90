import { useId, useMemo } from 'react'
import { FilteredOutNote } from '../../components/FilteredOutNote'
import type { Dataset } from '../../data/dataset'
import type { Place } from '../../data/schema'
import type { Visible } from '../../lib/visibility'
import { useAppStore } from '../../store'
import { looseNote } from '../../lib/visibility-note'
import { useVisible } from '../../store/use-visible'
import { FlowRow } from './FlowRow'
import { PlaceRow } from './PlaceRow'
import './list.css'

/** What a place's row says it has under the current filters. */
interface PlaceCounts {
  shown: boolean
  loose: boolean
  events: number
  flows: number
}

function countFor(place: Place, data: Dataset, visible: Visible): PlaceCounts {
  let events = 0
  for (const e of data.eventsByPlace.get(place.id) ?? []) if (visible.events.has(e.id)) events++
  let flows = 0
  for (const f of data.flowsByPlace.get(place.id) ?? []) if (visible.flows.has(f.id)) flows++
  return {
    shown: visible.places.has(place.id),
    loose: visible.loose.places.has(place.id),
    events,
    flows,
  }
}

/**
 * The map as a list: every place and every flow, each one press from its details. It works without
 * the map (no WebGL, a screen reader, a printed handout) and says what the filters hide instead of
 * dropping it.
 *
 * With a large dataset this is thousands of rows, and every filter change or selection re-renders this
 * panel. So rows are memoised and get only plain values (shown, selected, counts): a row re-renders when
 * what it says changes, and the rest are skipped.
 */
export function ListPanel({ data }: { data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const selection = useAppStore((s) => s.selection)
  const years = useAppStore((s) => s.filters.years)
  // Headline places first, then the rest, each in the dataset's order.
  const places = useMemo(
    () => [...data.places].sort((a, b) => Number(b.headline) - Number(a.headline)),
    [data],
  )
  // Counted here, once per filter change, not per row per render; selecting an item does not recount.
  const counts = useMemo(
    () => places.map((p) => countFor(p, data, visible)),
    [places, data, visible],
  )
  const hiddenPlaces = data.places.length - visible.places.size
  const hiddenFlows = data.flows.length - visible.flows.size
  const note = looseNote(visible.loose, years)
  const selectedPlace = selection?.kind === 'place' ? selection.id : null
  const selectedFlow = selection?.kind === 'flow' ? selection.id : null

  return (
    <article className="list-panel" aria-labelledby={headingId}>
      <p className="details__kicker">The map as a list</p>
      <h2 id={headingId} className="list-panel__title" tabIndex={-1}>
        Places and flows
      </h2>
      <p className="list-panel__intro">
        {visible.places.size} of {data.places.length} places and {visible.flows.size} of{' '}
        {data.flows.length} flows have something to show under the current filters. Choose one to
        read about it.
      </p>
      {note && <p className="list-panel__loose">{note}</p>}
      <FilteredOutNote count={hiddenPlaces + hiddenFlows} what="places and flows" />

      <h3 className="list-panel__section-title">Places</h3>
      <ul className="rows">
        {places.map((p, i) => (
          <li key={p.id}>
            <PlaceRow place={p} data={data} selected={p.id === selectedPlace} {...counts[i]!} />
          </li>
        ))}
      </ul>

      <h3 className="list-panel__section-title">Flows</h3>
      <ul className="rows">
        {data.flows.map((f) => (
          <li key={f.id}>
            <FlowRow
              flow={f}
              data={data}
              shown={visible.flows.has(f.id)}
              loose={visible.loose.flows.has(f.id)}
              selected={f.id === selectedFlow}
            />
          </li>
        ))}
      </ul>
    </article>
  )
}
