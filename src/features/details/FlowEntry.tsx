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

/** One flow in a place's list: its route, what moves, whether it happened, how sure, and the words. */
export function FlowEntry({ flow, data }: { flow: Flow; data: Dataset }) {
  return (
    <article className="entry">
      <p className="entry__route">{routeText(flow, data)}</p>
      <h4 className="entry__title">
        <SelectButton kind="flow" id={flow.id}>
          {flow.title}
        </SelectButton>
      </h4>
      <p className="entry__summary">{flow.what}</p>
      <div className="entry__meta">
        <StatusBadge status={flow.status} />
        <ConfidenceBadge confidence={flow.confidence} />
      </div>
      <QuoteList quotes={flow.quotes} />
    </article>
  )
}
