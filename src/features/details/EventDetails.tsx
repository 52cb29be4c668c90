import { useId } from 'react'
import { ActorChip } from '../../components/ActorChip'
import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { QuoteList } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import { StatusBadge } from '../../components/StatusBadge'
import { VagueNote } from '../../components/VagueNote'
import { WhenLabel } from '../../components/WhenLabel'
import type { Dataset } from '../../data/dataset'
import type { Event } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../lib/labels'
import { useVisible } from '../../store/use-visible'
import { PanelHead } from './PanelHead'
import { Section } from './Section'

export function EventDetails({ event, data }: { event: Event; data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const actors = event.actors.flatMap((id) => data.actorById.get(id) ?? [])
  const places = event.places.flatMap((id) => data.placeById.get(id) ?? [])
  const flows = event.flows.flatMap((id) => data.flowById.get(id) ?? [])

  return (
    <article className="details" aria-labelledby={headingId}>
      <PanelHead
        headingId={headingId}
        kicker={<>Event · {EVENT_KIND_LABEL[event.kind]}</>}
        title={event.title}
        hiddenMessage={
          visible.events.has(event.id)
            ? null
            : 'This event is hidden by the current filters: the map and the timeline do not show it.'
        }
      />
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <WhenLabel when={event.when} variant="full" />
        </dd>
        <dt>How sure</dt>
        <dd>
          <ConfidenceBadge confidence={event.confidence} showHelp />
        </dd>
        <dt>Who</dt>
        <dd>
          <ul className="chip-list">
            {actors.map((a) => (
              <li key={a.id}>
                <ActorChip actor={a} stateOf={data.stateOf} showRole={a.kind === 'person'} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>Where</dt>
        <dd>
          {places.length > 0 ? (
            <ul className="inline-list">
              {places.map((p) => (
                <li key={p.id}>
                  <SelectButton kind="place" id={p.id} filteredOut={!visible.places.has(p.id)}>
                    {p.name}
                  </SelectButton>
                </li>
              ))}
            </ul>
          ) : (
            <p className="details__empty">No place given.</p>
          )}
          {event.placeNote && <VagueNote>{event.placeNote}</VagueNote>}
        </dd>
      </dl>

      <Section title="In brief">
        <p className="details__summary">{event.summary}</p>
      </Section>
      <Section title="In the article’s words">
        <QuoteList quotes={event.quotes} confidence={event.confidence} />
      </Section>

      {flows.length > 0 && (
        <Section title="Related flows">
          <ul className="related">
            {flows.map((f) => (
              <li key={f.id}>
                <SelectButton kind="flow" id={f.id} filteredOut={!visible.flows.has(f.id)}>
                  {f.title}
                </SelectButton>
                <StatusBadge status={f.status} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  )
}
