import { FilteredOutNote } from '../../components/FilteredOutNote'
import { eraName } from '../../lib/eras'
import { eventsAndFlows, type EraGroup } from './place-eras'

/**
 * The top of a place's panel: how many events and flows it has under the filters, era by era, which
 * eras are open below, and how many the filters hide. Enough to brief from without opening anything.
 */
export function PlaceSummary({
  groups,
  open,
  hidden,
}: {
  groups: readonly EraGroup[]
  /** Labels of the eras open below. */
  open: readonly string[]
  /** Events and flows here that the filters hide. */
  hidden: readonly [events: number, flows: number]
}) {
  const all = { events: groups.flatMap((g) => g.events), flows: groups.flatMap((g) => g.flows) }
  return (
    <div className="place-summary">
      {groups.length > 0 && (
        <>
          <p className="place-summary__total">{eventsAndFlows(all)} here, by era:</p>
          <ul className="place-summary__eras">
            {groups.map((g) => (
              <li key={g.era.id}>
                {eraName(g.era)}: <span>{eventsAndFlows(g)}</span>
              </li>
            ))}
          </ul>
          <p className="place-summary__open">
            {open.length > 0 ? `Open below: ${open.join(', ')}.` : 'Every era below is closed.'}{' '}
            Open or close an era by its heading.
          </p>
        </>
      )}
      <FilteredOutNote count={hidden[0]} what="events" />
      <FilteredOutNote count={hidden[1]} what="flows" />
    </div>
  )
}
