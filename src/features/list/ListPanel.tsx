import { useId } from 'react'
import { FilteredOutNote } from '../../components/FilteredOutNote'
import type { Dataset } from '../../data/dataset'
import { useVisible } from '../../store/use-visible'
import { FlowRow } from './FlowRow'
import { PlaceRow } from './PlaceRow'
import './list.css'

/**
 * The map as a list: every place and every flow, each one press from its details. It works without
 * the map (no WebGL, a screen reader, a printed handout) and says what the filters hide instead of
 * dropping it.
 */
export function ListPanel({ data }: { data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  // Headline places first, then the rest, each in the dataset's order.
  const places = [...data.places].sort((a, b) => Number(b.headline) - Number(a.headline))
  const hiddenPlaces = data.places.length - visible.places.size
  const hiddenFlows = data.flows.length - visible.flows.size

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
      <FilteredOutNote count={hiddenPlaces + hiddenFlows} what="places and flows" />

      <h3 className="list-panel__section-title">Places</h3>
      <ul className="rows">
        {places.map((p) => (
          <li key={p.id}>
            <PlaceRow place={p} data={data} visible={visible} />
          </li>
        ))}
      </ul>

      <h3 className="list-panel__section-title">Flows</h3>
      <ul className="rows">
        {data.flows.map((f) => (
          <li key={f.id}>
            <FlowRow flow={f} data={data} shown={visible.flows.has(f.id)} />
          </li>
        ))}
      </ul>
    </article>
  )
}
