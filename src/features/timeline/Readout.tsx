import type { Event } from '../../data/schema'
import { formatWhen, isInferred } from '../../lib/dates'

/**
 * One line naming the event under the pointer or focus, else the selected one: the timeline's labels,
 * large enough to read across a room, without crowding the strip with text.
 */
export function Readout({
  event,
  isSelection,
  hidden,
}: {
  event: Event | null
  isSelection: boolean
  /** The selected event is filtered out, so it has no mark on the strip. */
  hidden: boolean
}) {
  if (!event)
    return (
      <p className="timeline__readout timeline__readout--hint">
        Point at or choose an event to see its name.
      </p>
    )
  return (
    <p className="timeline__readout">
      {isSelection && <span className="timeline__readout-kicker">Selected </span>}
      <span className="timeline__readout-date">
        {formatWhen(event.when)}
        {isInferred(event.when) && <span className="timeline__readout-flag"> (inferred)</span>}
      </span>{' '}
      <span className="timeline__readout-title">{event.title}</span>
      {hidden && <span className="timeline__readout-flag"> (hidden by the current filters)</span>}
    </p>
  )
}
