import { memo } from 'react'
import { isInferred } from '../../lib/dates'
import { EventMark } from './EventMark'
import { axisTop, bodyHeight, eraTop, pointTop } from './geometry'
import { slotTitle } from './inset-columns'
import { CELL_REM } from './layout'
import type { SegmentProps } from './YearsSegment'

/** Segment B: the dense last years, one column per date the article gives, not to scale. */
export const InsetSegment = memo(function InsetSegment({
  layout,
  years,
  selectedId,
  related,
  onPreview,
}: SegmentProps & { years: readonly [number, number] }) {
  const { slots, items, widthRem } = layout.b
  const { insetFrom, last } = layout.range
  return (
    <div className="tl-seg tl-seg--inset" style={{ width: `${widthRem}rem` }}>
      <p className="tl-seg__caption">
        {insetFrom}–{last}, zoomed
      </p>
      <div className="tl-seg__body" style={{ height: bodyHeight(layout.lanes, layout.rows) }}>
        <div className="tl-shade" aria-hidden="true">
          {slots
            .filter((s) => s.year < years[0] || s.year > years[1])
            .map((s) => (
              <span
                key={s.key}
                className="tl-shade__out"
                style={{ left: `${s.xRem}rem`, width: `${s.widthRem}rem` }}
              />
            ))}
        </div>
        {items.map((item) =>
          item.type === 'era' ? (
            item.interactive ? (
              <EventMark
                key={item.event.id}
                event={item.event}
                shape="era"
                selected={item.event.id === selectedId}
                related={related.has(item.event.id)}
                onPreview={onPreview}
                top={eraTop(item.lane)}
                left={`${item.xRem}rem`}
                width={`${item.widthRem}rem`}
              />
            ) : (
              // The rest of an era whose button is in the years segment: drawn, not a second button.
              <span
                key={item.event.id}
                className={`tl-era-continued${isInferred(item.event.when) ? ' tl-era-continued--inferred' : ''}${item.event.id === selectedId ? ' tl-era-continued--selected' : ''}`}
                style={{
                  top: eraTop(item.lane),
                  left: 0,
                  width: `${item.xRem + item.widthRem}rem`,
                }}
                aria-hidden="true"
              >
                <span className="tl-mark__label">… {item.event.title}</span>
              </span>
            )
          ) : (
            <EventMark
              key={item.event.id}
              event={item.event}
              shape="point"
              selected={item.event.id === selectedId}
              related={related.has(item.event.id)}
              onPreview={onPreview}
              top={pointTop(layout.lanes, item.row)}
              left={`${item.xRem + CELL_REM / 2}rem`}
            />
          ),
        )}
        <div
          className="tl-axis tl-axis--slots"
          style={{ top: axisTop(layout.lanes, layout.rows) }}
          aria-hidden="true"
        >
          {slots.map((s) => (
            <span
              key={s.key}
              className={`tl-slot${s.sub === 'year only' ? ' tl-slot--year' : ''}`}
              style={{ left: `${s.xRem}rem`, width: `${s.widthRem}rem` }}
              title={slotTitle(s)}
            >
              <span className="tl-slot__label">{s.label}</span>
              <span className="tl-slot__sub">{s.sub}</span>
            </span>
          ))}
        </div>
      </div>
    </div>
  )
})
