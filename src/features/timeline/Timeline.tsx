import { useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { FilteredOutNote } from '../../components/FilteredOutNote'
import type { Dataset } from '../../data/dataset'
import type { Event } from '../../data/schema'
import { useAppStore } from '../../store'
import { YEAR_MAX, YEAR_MIN } from '../../lib/explorer-view'
import { useVisible } from '../../store/use-visible'
import { INFERRED_NOTE_ID } from './EventMark'
import { InsetSegment } from './InsetSegment'
import type { TimelineRange } from './layout'
import { Readout } from './Readout'
import { UndatedGroup } from './UndatedGroup'
import { layoutVisible } from './visible-layout'
import { YearsSegment } from './YearsSegment'
import './timeline.css'

/** The zoomed inset covers the article's "last year" and its own year: where most events are. */
const RANGE: TimelineRange = { first: YEAR_MIN, last: YEAR_MAX, insetFrom: YEAR_MAX - 1 }

const NONE: ReadonlySet<string> = new Set()

/** Events of the selected place or flow, outlined on the timeline. */
function useRelated(data: Dataset): ReadonlySet<string> {
  const selection = useAppStore((s) => s.selection)
  return useMemo(() => {
    if (!selection || selection.kind === 'event') return NONE
    const list =
      selection.kind === 'place'
        ? data.eventsByPlace.get(selection.id)
        : data.eventsByFlow.get(selection.id)
    return new Set((list ?? []).map((e) => e.id))
  }, [data, selection])
}

/**
 * Every visible event by date, as buttons in date order. Follows the filters (useVisible) like the map
 * and panels; says how many the filters hide.
 */
export function Timeline({ data }: { data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const years = useAppStore(useShallow((s) => s.filters.years))
  const includeUndated = useAppStore((s) => s.filters.includeUndated)
  const selectedId = useAppStore((s) => (s.selection?.kind === 'event' ? s.selection.id : null))
  const related = useRelated(data)
  const [preview, setPreview] = useState<Event | null>(null)

  // Kept by identity while the visible events are the same, so the memoised segments (and their
  // thousands of buttons) skip filter changes that only touch flows; see visible-layout.ts.
  const layout = useMemo(() => layoutVisible(data, visible.events, RANGE), [data, visible])
  const segment = { layout, selectedId, related, onPreview: setPreview }
  const selected = selectedId ? (data.eventById.get(selectedId) ?? null) : null

  return (
    <section className="timeline" aria-labelledby={headingId}>
      <div className="timeline__head">
        <h2 id={headingId} className="timeline__title">
          Timeline
        </h2>
        <Readout
          event={preview ?? selected}
          isSelection={!preview && selected !== null}
          hidden={!preview && selected !== null && !visible.events.has(selected.id)}
        />
        <FilteredOutNote count={data.events.length - visible.events.size} what="events" />
      </div>
      <div className="timeline__scroller">
        <div className="timeline__track">
          <YearsSegment {...segment} years={years} />
          <div className="tl-break" aria-hidden="true" />
          <InsetSegment {...segment} years={years} />
          <UndatedGroup {...segment} includeUndated={includeUndated} />
        </div>
      </div>
      <p className="timeline__hint">
        Left, one year per step; right, {RANGE.insetFrom}–{RANGE.last} zoomed by the dates the
        article gives. Bars are eras.{' '}
        <span className="tl-key tl-key--inferred" aria-hidden="true" /> Dotted outline: date
        inferred from the article’s wording. Hatched: outside the chosen years.
      </p>
      <span id={INFERRED_NOTE_ID} hidden>
        Date inferred from the article’s wording.
      </span>
    </section>
  )
}
