import { memo } from 'react'
import { EventMark } from './EventMark'
import { axisTop, bodyHeight, pointTop } from './geometry'
import { CELL_REM } from './layout'
import type { SegmentProps } from './YearsSegment'

/** Undated events after the dated ones: they cannot sit on the axis, and are never silently dropped. */
export const UndatedGroup = memo(function UndatedGroup({
  layout,
  selectedId,
  related,
  onPreview,
  includeUndated,
}: SegmentProps & { includeUndated: boolean }) {
  const { points, cols } = layout.undated
  return (
    <div
      className="tl-seg tl-seg--undated"
      style={{ width: `${Math.max(cols * CELL_REM, 5.5)}rem` }}
    >
      <p className="tl-seg__caption">Undated</p>
      <div className="tl-seg__body" style={{ height: bodyHeight(layout.lanes, layout.rows) }}>
        {!includeUndated && <p className="tl-undated-off">Hidden by the filters</p>}
        {points.map((p) => (
          <EventMark
            key={p.event.id}
            event={p.event}
            shape="point"
            selected={p.event.id === selectedId}
            related={related.has(p.event.id)}
            onPreview={onPreview}
            top={pointTop(layout.lanes, p.row)}
            left={`${p.col * CELL_REM + CELL_REM / 2}rem`}
          />
        ))}
        <div
          className="tl-axis tl-axis--plain"
          style={{ top: axisTop(layout.lanes, layout.rows) }}
          aria-hidden="true"
        />
      </div>
    </div>
  )
})
