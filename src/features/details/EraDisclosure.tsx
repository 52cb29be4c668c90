import { useId, type ReactNode } from 'react'
import type { Dataset } from '../../data/dataset'
import { eraName } from '../../lib/eras'
import { EventEntry } from './EventEntry'
import { FlowEntry } from './FlowEntry'
import { eventsAndFlows, type EraGroup } from './place-eras'

function Part({ title, children }: { title: string; children: ReactNode[] }) {
  if (children.length === 0) return null
  return (
    <>
      <h4 className="era__part">{title}</h4>
      <ol className="entries">{children}</ol>
    </>
  )
}

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
  return (
    <div className="era">
      <h3 className="era__heading">
        <button
          type="button"
          className="era__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          {eraName(group.era)} <span className="era__count">({eventsAndFlows(group)})</span>
        </button>
      </h3>
      <div id={bodyId} className="era__body" hidden={!open}>
        {open && (
          <>
            <Part title="What happened here">
              {group.events.map((e) => (
                <li key={e.id}>
                  <EventEntry event={e} />
                </li>
              ))}
            </Part>
            <Part title="Flows in and out">
              {group.flows.map((f) => (
                <li key={f.id}>
                  <FlowEntry flow={f} data={data} placeId={placeId} />
                </li>
              ))}
            </Part>
          </>
        )}
      </div>
    </div>
  )
}
