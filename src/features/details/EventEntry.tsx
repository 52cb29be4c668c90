import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { QuoteList } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import { WhenLabel } from '../../components/WhenLabel'
import type { Event } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../lib/labels'

/**
 * One event in a place's list: when, what kind, its name (opens it) and the article's words. Our own
 * summary waits in the event's panel, one press away: a place like Pyongyang lists a dozen events, and
 * the quotations are what a briefing reads out.
 */
export function EventEntry({ event }: { event: Event }) {
  return (
    <article className="entry">
      <div className="entry__meta">
        <WhenLabel when={event.when} />
        <span className="entry__kind">{EVENT_KIND_LABEL[event.kind]}</span>
        <ConfidenceBadge confidence={event.confidence} />
      </div>
      <h5 className="entry__title">
        <SelectButton kind="event" id={event.id}>
          {event.title}
        </SelectButton>
      </h5>
      <QuoteList quotes={event.quotes} />
    </article>
  )
}
