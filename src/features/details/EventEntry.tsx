import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { QuoteList } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import { WhenLabel } from '../../components/WhenLabel'
import type { Event } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../lib/labels'

/** One event in a place's list: when, what kind, its name (opens it), our summary and the article's words. */
export function EventEntry({ event }: { event: Event }) {
  return (
    <article className="entry">
      <div className="entry__meta">
        <WhenLabel when={event.when} />
        <span className="entry__kind">{EVENT_KIND_LABEL[event.kind]}</span>
        <ConfidenceBadge confidence={event.confidence} />
      </div>
      <h4 className="entry__title">
        <SelectButton kind="event" id={event.id}>
          {event.title}
        </SelectButton>
      </h4>
      <p className="entry__summary">{event.summary}</p>
      <QuoteList quotes={event.quotes} />
    </article>
  )
}
