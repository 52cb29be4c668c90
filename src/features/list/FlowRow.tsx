import { memo } from 'react'
import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { routeText } from '../../components/route-text'
import { SelectButton } from '../../components/SelectButton'
import { StatusBadge } from '../../components/StatusBadge'
import { WhenLabel } from '../../components/WhenLabel'
import type { Dataset } from '../../data/dataset'
import type { Flow } from '../../data/schema'
import { FLOW_KIND_LABEL } from '../../lib/labels'
import { ShownTag } from './ShownTag'

/**
 * One flow of the list. Memoised on plain props (the list passes `selected` rather than each row
 * subscribing to the store), so a filter change re-renders only the rows it shows or hides.
 */
export const FlowRow = memo(function FlowRow({
  flow,
  data,
  shown,
  loose,
  selected,
}: {
  flow: Flow
  data: Dataset
  shown: boolean
  /** Shown only because it is undated or runs past the chosen years. */
  loose: boolean
  selected: boolean
}) {
  const looseWhy = !loose
    ? null
    : flow.when.kind === 'undated'
      ? 'undated'
      : 'reaches beyond the years'
  return (
    <div
      className={`row${shown ? '' : ' row--hidden'}${loose ? ' row--loose' : ''}${selected ? ' row--current' : ''}`}
    >
      <div className="row__main">
        <SelectButton kind="flow" id={flow.id} className="link-button row__name" current={selected}>
          {flow.title}
        </SelectButton>
      </div>
      <p className="row__meta">
        {routeText(flow, data)} · {FLOW_KIND_LABEL[flow.kind]}
      </p>
      <div className="row__meta">
        <WhenLabel when={flow.when} />
        <StatusBadge status={flow.status} />
        <ConfidenceBadge confidence={flow.confidence} />
        <ShownTag shown={shown} loose={looseWhy} />
      </div>
    </div>
  )
})
