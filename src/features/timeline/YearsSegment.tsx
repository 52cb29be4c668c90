import { memo } from 'react'
import type { Event } from '../../data/schema'
import { EventMark } from './EventMark'
import { acrossA, axisTop, bodyHeight, eraTop, pointTop, widthA } from './geometry'
import type { TimelineLayout } from './layout'

/**
 * What every segment gets. Segments are memoised, so these must keep their identity while unchanged:
 * `layout` does while the visible events do (visible-layout.ts), `related` while the selection does,
 * and `onPreview` is a state setter.
 */
export interface SegmentProps {
  layout: TimelineLayout
  selectedId: string | null
  related: ReadonlySet<string>
  onPreview: (event: Event | null) => void
}

/** Segment A: the long, quiet years on a linear scale, labelled by decade. */
export const YearsSegment = memo(function YearsSegment({
  layout,
  years,
  selectedId,
  related,
  onPreview,
}: SegmentProps & { years: readonly [number, number] }) {
  const { first, insetFrom } = layout.range
  const span = insetFrom - first
  const frac = (y: number) => Math.min(1, Math.max(0, (y - first) / span))
  const decades: number[] = []
  for (let d = Math.ceil(first / 10) * 10; d < insetFrom; d += 10) decades.push(d)
  // The chosen years within this segment, as a band; everything else is hatched.
  const inFrom = frac(years[0])
  const inTo = frac(years[1] + 1)

  return (
    <div className="tl-seg tl-seg--years">
      <p className="tl-seg__caption">
        {first}–{insetFrom - 1}
      </p>
      <div className="tl-seg__body" style={{ height: bodyHeight(layout.lanes, layout.rows) }}>
        <div className="tl-shade" aria-hidden="true">
          {inFrom > 0 && (
            <span className="tl-shade__out" style={{ left: 0, width: acrossA(inFrom) }} />
          )}
          {inTo < 1 && <span className="tl-shade__out" style={{ left: acrossA(inTo), right: 0 }} />}
        </div>
        {layout.a.map((item) =>
          item.type === 'era' ? (
            <EventMark
              key={item.event.id}
              event={item.event}
              shape="era"
              selected={item.event.id === selectedId}
              related={related.has(item.event.id)}
              onPreview={onPreview}
              top={eraTop(item.lane)}
              left={acrossA(item.from)}
              {...(item.continues ? { right: 0 } : { width: widthA(item.to - item.from) })}
            />
          ) : (
            <EventMark
              key={item.event.id}
              event={item.event}
              shape="point"
              selected={item.event.id === selectedId}
              related={related.has(item.event.id)}
              onPreview={onPreview}
              top={pointTop(layout.lanes, item.row)}
              left={acrossA(item.at)}
            />
          ),
        )}
        <div
          className="tl-axis"
          style={{ top: axisTop(layout.lanes, layout.rows) }}
          aria-hidden="true"
        >
          {decades.map((d) => (
            <span
              key={d}
              // Classes say which decades keep their label as the strip narrows (see timeline.css).
              className={`tl-tick${d % 20 === 0 ? ' tl-tick--20' : ''}${d % 40 === 0 ? ' tl-tick--40' : ''}`}
              style={{ left: acrossA(frac(d)) }}
            >
              <span className="tl-tick__label">{d}</span>
            </span>
          ))}
        </div>
      </div>
    </div>
  )
})
