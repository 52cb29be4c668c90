import { Fragment, useId } from 'react'
import { ActorChip } from '../../components/ActorChip'
import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { QuoteList } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import { StatusBadge } from '../../components/StatusBadge'
import { VagueNote } from '../../components/VagueNote'
import { WhenLabel } from '../../components/WhenLabel'
import type { Dataset } from '../../data/dataset'
import type { Flow } from '../../data/schema'
import { FLOW_KIND_LABEL } from '../../lib/labels'
import { useVisible } from '../../store/use-visible'
import { PanelHead } from './PanelHead'
import { Section } from './Section'

const Arrow = () => (
  <span className="arrow" aria-label="to" role="img">
    →
  </span>
)

export function FlowDetails({ flow, data }: { flow: Flow; data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const route = [flow.from, ...(flow.via ?? []), flow.to].flatMap(
    (id) => data.placeById.get(id) ?? [],
  )
  const fromActor = data.actorById.get(flow.fromActor)
  const toActor = data.actorById.get(flow.toActor)
  const events = data.eventsByFlow.get(flow.id) ?? []

  return (
    <article className="details" aria-labelledby={headingId}>
      <PanelHead
        headingId={headingId}
        kicker={<>Flow · {FLOW_KIND_LABEL[flow.kind]}</>}
        title={flow.title}
        hiddenMessage={
          visible.flows.has(flow.id)
            ? null
            : 'This flow is hidden by the current filters: the map does not draw it.'
        }
      />
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={flow.status} />
        </dd>
        <dt>Route</dt>
        <dd>
          <p className="route">
            {route.map((p, i) => (
              <Fragment key={p.id}>
                {i > 0 && <Arrow />}
                {i > 0 && i < route.length - 1 && <span className="route__via">via</span>}
                <SelectButton kind="place" id={p.id}>
                  {p.name}
                </SelectButton>
              </Fragment>
            ))}
          </p>
          {flow.routeNote && <VagueNote>{flow.routeNote}</VagueNote>}
        </dd>
        <dt>Between</dt>
        <dd>
          <p className="route">
            {fromActor && <ActorChip actor={fromActor} stateOf={data.stateOf} />}
            <Arrow />
            {toActor && <ActorChip actor={toActor} stateOf={data.stateOf} />}
          </p>
        </dd>
        <dt>What</dt>
        <dd>{flow.what}</dd>
        <dt>When</dt>
        <dd>
          <WhenLabel when={flow.when} variant="full" />
        </dd>
        {flow.quantity && (
          <>
            <dt>How much</dt>
            <dd>
              <p className="quantity">
                <q>{flow.quantity.text}</q>
              </p>
              {flow.quantity.note && (
                <VagueNote label="Not counted.">{flow.quantity.note}</VagueNote>
              )}
            </dd>
          </>
        )}
        <dt>How sure</dt>
        <dd>
          <ConfidenceBadge confidence={flow.confidence} showHelp />
        </dd>
      </dl>

      <Section title="In brief">
        <p className="details__summary">{flow.summary}</p>
      </Section>
      <Section title="In the article’s words">
        <QuoteList quotes={flow.quotes} confidence={flow.confidence} />
      </Section>

      {events.length > 0 && (
        <Section title="Related events">
          <ul className="related">
            {events.map((e) => (
              <li key={e.id}>
                <WhenLabel when={e.when} />
                <SelectButton kind="event" id={e.id} filteredOut={!visible.events.has(e.id)}>
                  {e.title}
                </SelectButton>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  )
}
