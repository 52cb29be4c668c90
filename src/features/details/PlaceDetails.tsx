import { useId, useState } from 'react'
import { ActorChip } from '../../components/ActorChip'
import { PLACE_KIND_LABEL } from '../../components/place-labels'
import { QuoteList } from '../../components/Quote'
import { VagueNote } from '../../components/VagueNote'
import type { Dataset } from '../../data/dataset'
import type { Place } from '../../data/schema'
import { useVisible } from '../../store/use-visible'
import { EraDisclosure } from './EraDisclosure'
import { PanelHead } from './PanelHead'
import { groupByEra, type EraGroup } from './place-eras'
import { PlaceSummary } from './PlaceSummary'

/**
 * A place: what it is, a summary of what the article ties to it by era, then those events and flows
 * era by era, only the first era open (the first the chosen years hold firmly). Pyongyang, with
 * everything shown, was over 8,000 px of quotations at 1440x900; closed eras keep the panel to a
 * screen or two, and the summary says what is in each.
 */
export function PlaceDetails({ place, data }: { place: Place; data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  // Eras the person opened or closed; the others follow the rule "the first era with anything shown".
  const [toggled, setToggled] = useState<Readonly<Record<string, boolean>>>({})
  const events = data.eventsByPlace.get(place.id) ?? []
  const flows = data.flowsByPlace.get(place.id) ?? []
  const shownEvents = events.filter((e) => visible.events.has(e.id))
  const shownFlows = flows.filter((f) => visible.flows.has(f.id))
  const groups = groupByEra(place.id, shownEvents, shownFlows)
  // The first era with something the years hold firmly: choosing 2022-2023 opens the war years, not
  // the revival era that is only there because it runs on into them (see `Loose`).
  const firm = (g: EraGroup) =>
    g.events.some((e) => !visible.loose.events.has(e.id)) ||
    g.flows.some((f) => !visible.loose.flows.has(f.id))
  const firstEra = (groups.find(firm) ?? groups[0])?.era.id
  const isOpen = (eraId: string) => toggled[eraId] ?? eraId === firstEra
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
      <PlaceSummary
        groups={groups}
        open={groups.filter((g) => isOpen(g.era.id)).map((g) => g.era.label)}
        hidden={[events.length - shownEvents.length, flows.length - shownFlows.length]}
      />
      {place.approximate && (
        <VagueNote label="Approximate location.">{place.approximate}</VagueNote>
      )}
      <QuoteList quotes={place.quotes} />

      {groups.length > 0 && (
        <div className="eras">
          {groups.map((g) => (
            <EraDisclosure
              key={g.era.id}
              group={g}
              placeId={place.id}
              data={data}
              open={isOpen(g.era.id)}
              onToggle={() => setToggled((t) => ({ ...t, [g.era.id]: !isOpen(g.era.id) }))}
            />
          ))}
        </div>
      )}
    </article>
  )
}
