import { FilteredOutNote } from '../../components/FilteredOutNote'
import { eraName } from '../../lib/eras'
import { eventsAndFlows, type EraGroup } from './place-eras'

/**
 * The top of a place's panel: how many events and flows it has under the filters, era by era, which
 * eras are open below, and how many the filters hide. Enough to brief from without opening anything.
 */
export function PlaceSummary({
  groups,
  isOpen,
  hidden,
  total,
}: {
  groups: readonly EraGroup[]
  isOpen: (eraId: string) => boolean
  /** Events and flows here that the filters hide. */
  hidden: { events: number; flows: number }
  /** Events and flows here, shown or not. */
  total: number
}) {
  if (total === 0)
    return <p className="details__empty">The article ties no events or flows to this place.</p>
  const events = groups.reduce((n, g) => n + g.events.length, 0)
  const flows = groups.reduce((n, g) => n + g.flows.length, 0)
  const open = groups.filter((g) => isOpen(g.era.id)).map((g) => g.era.label)
  return (
    <div className="place-summary">
      {groups.length > 0 && (
        <>
          <p className="place-summary__total">
            {eventsAndFlows(events, flows)} here
            {groups.length > 1 ? ', by era:' : `, in one era: ${eraName(groups[0]!.era)}.`}
          </p>
          {groups.length > 1 && (
            <ul className="place-summary__eras">
              {groups.map((g) => (
                <li key={g.era.id}>
                  <span className="place-summary__era">{eraName(g.era)}</span>
                  <span className="visually-hidden">: </span>
                  <span className="place-summary__count">
                    {eventsAndFlows(g.events.length, g.flows.length)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {groups.length > 1 && (
            <p className="place-summary__open">
              {open.length === 0
                ? 'Every era below is closed; open one by its heading.'
                : `Open below: ${open.join(', ')}. Open or close any era by its heading.`}
            </p>
          )}
        </>
      )}
      <FilteredOutNote count={hidden.events} what="events" />
      <FilteredOutNote count={hidden.flows} what="flows" />
    </div>
  )
}
