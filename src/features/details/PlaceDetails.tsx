import { useId } from 'react'
import { ActorChip } from '../../components/ActorChip'
import { FilteredOutNote } from '../../components/FilteredOutNote'
import { PLACE_KIND_LABEL } from '../../components/place-labels'
import { QuoteList } from '../../components/Quote'
import { VagueNote } from '../../components/VagueNote'
import type { Dataset } from '../../data/dataset'
import type { Place } from '../../data/schema'
import { useVisible } from '../../store/use-visible'
import { EventEntry } from './EventEntry'
import { directionAt, FlowEntry } from './FlowEntry'
import { PanelHead } from './PanelHead'
import { Section } from './Section'

const DIRECTION_ORDER = { in: 0, out: 1, through: 2 } as const
const DIRECTION_LABEL = {
  in: 'Arrives here',
  out: 'Leaves from here',
  through: 'Passes through',
} as const

export function PlaceDetails({ place, data }: { place: Place; data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const events = data.eventsByPlace.get(place.id) ?? []
  const flows = data.flowsByPlace.get(place.id) ?? []
  const shownEvents = events.filter((e) => visible.events.has(e.id))
  // Arrivals first, then departures, then pass-throughs: the question a briefing asks of a place.
  const shownFlows = flows
    .filter((f) => visible.flows.has(f.id))
    .sort(
      (a, b) =>
        DIRECTION_ORDER[directionAt(a, place.id)] - DIRECTION_ORDER[directionAt(b, place.id)],
    )
  const country = place.country ? data.actorById.get(place.country) : undefined
  const nothingShown = !visible.places.has(place.id)

  return (
    <article className="details" aria-labelledby={headingId}>
      <PanelHead
        headingId={headingId}
        kicker={
          <>
            Place · {PLACE_KIND_LABEL[place.kind]}
            {place.headline && ' · one of the four headline places'}
          </>
        }
        title={place.name}
        hiddenMessage={
          nothingShown ? 'Nothing at this place is shown under the current filters.' : null
        }
      />
      {place.detail && <p className="details__lede">{place.detail}</p>}
      {country && (
        <p className="details__country">
          <span className="details__label">In</span>{' '}
          <ActorChip actor={country} stateOf={data.stateOf} />
        </p>
      )}
      {place.approximate && (
        <VagueNote label="Approximate location.">{place.approximate}</VagueNote>
      )}
      <QuoteList quotes={place.quotes} />

      <Section title="What happened here">
        {events.length === 0 && (
          <p className="details__empty">The article ties no events to this place.</p>
        )}
        {shownEvents.length > 0 && (
          <ol className="entries">
            {shownEvents.map((e) => (
              <li key={e.id}>
                <EventEntry event={e} />
              </li>
            ))}
          </ol>
        )}
        <FilteredOutNote count={events.length - shownEvents.length} what="events" />
      </Section>

      <Section title="Flows in and out">
        {flows.length === 0 && <p className="details__empty">No flows start, end or pass here.</p>}
        {shownFlows.length > 0 && (
          <ul className="entries">
            {shownFlows.map((f) => (
              <li key={f.id}>
                <p className="entry__direction">{DIRECTION_LABEL[directionAt(f, place.id)]}</p>
                <FlowEntry flow={f} data={data} />
              </li>
            ))}
          </ul>
        )}
        <FilteredOutNote count={flows.length - shownFlows.length} what="flows" />
      </Section>
    </article>
  )
}
