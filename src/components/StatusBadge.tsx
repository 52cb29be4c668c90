import type { FlowStatus } from '../data/schema'
import { FLOW_STATUS_LABEL } from '../lib/labels'
import { FlowLineSwatch, lineStyleOf } from './FlowLineSwatch'
import './badges.css'

/** Whether a flow happened, with the same line style the map and legend use for it. */
export function StatusBadge({ status }: { status: FlowStatus }) {
  return (
    <span className={`badge badge--status badge--status-${status}`}>
      <FlowLineSwatch style={lineStyleOf(status)} />
      <span className="visually-hidden">Status: </span>
      {FLOW_STATUS_LABEL[status]}
    </span>
  )
}
