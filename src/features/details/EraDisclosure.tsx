import { useId } from 'react'
import type { Dataset } from '../../data/dataset'
import { eraName } from '../../lib/eras'
import { EventEntry } from './EventEntry'
import { FlowEntry } from './FlowEntry'
import { eventsAndFlows, type EraGroup } from './place-eras'

/**
 * One era of a place's panel: a heading whose button opens and closes it (the disclosure pattern:
 * aria-expanded on a real button inside the heading, so it is found by heading and operated by Enter
 * or Space). A closed era renders nothing inside, which is what keeps a long panel short.
 */
export function EraDisclosure({
  group,
  placeId,
  data,
  open,
  onToggle,
}: {
  group: EraGroup
  placeId: string
  data: Dataset
  open: boolean
  onToggle: () => void
}) {
  const bodyId = useId()
  const { era, events, flows } = group
  return (
    <div className={`era${open ? ' era--open' : ''}`}>
      <h3 className="era__heading">
        <button
          type="button"
          className="era__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span className="era__chevron" aria-hidden="true" />
          <span>
            <span className="era__name">{eraName(era)}</span>
            <span className="visually-hidden">:</span>{' '}
            <span className="era__count">{eventsAndFlows(events.length, flows.length)}</span>
          </span>
        </button>
      </h3>
      <div id={bodyId} className="era__body" hidden={!open}>
        {open && events.length > 0 && (
          <>
            <h4 className="era__part">What happened here</h4>
            <ol className="entries">
              {events.map((e) => (
                <li key={e.id}>
                  <EventEntry event={e} />
                </li>
              ))}
            </ol>
          </>
        )}
        {open && flows.length > 0 && (
          <>
            <h4 className="era__part">Flows in and out</h4>
            <ul className="entries">
              {flows.map((f) => (
                <li key={f.id}>
                  <FlowEntry flow={f} data={data} placeId={placeId} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  )
}
