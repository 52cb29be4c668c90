import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { QuoteList } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import { StatusBadge } from '../../components/StatusBadge'
import { routeText } from '../../components/route-text'
import type { Dataset } from '../../data/dataset'
import type { Flow } from '../../data/schema'

/** How a flow touches a place, in words: it arrives, leaves, or passes through. */
export function directionAt(flow: Flow, placeId: string): 'in' | 'out' | 'through' {
  if (flow.to === placeId) return 'in'
  if (flow.from === placeId) return 'out'
  return 'through'
}

const DIRECTION_LABEL = {
  in: 'Arrives here',
  out: 'Leaves from here',
  through: 'Passes through',
} as const

/**
 * One flow in a place's list: how it touches the place and its route on one line, its name (opens it),
 * what moves, whether it happened, how sure, and the article's words.
 */
export function FlowEntry({ flow, data, placeId }: { flow: Flow; data: Dataset; placeId: string }) {
  return (
    <article className="entry">
      <p className="entry__route">
        <span className="entry__direction">{DIRECTION_LABEL[directionAt(flow, placeId)]}</span>
        <span aria-hidden="true"> · </span>
        <span className="visually-hidden">: </span>
        {routeText(flow, data)}
      </p>
      <h5 className="entry__title">
        <SelectButton kind="flow" id={flow.id}>
          {flow.title}
        </SelectButton>
      </h5>
      <p className="entry__summary">{flow.what}</p>
      <div className="entry__meta">
        <StatusBadge status={flow.status} />
        <ConfidenceBadge confidence={flow.confidence} />
      </div>
      <QuoteList quotes={flow.quotes} />
    </article>
  )
}
