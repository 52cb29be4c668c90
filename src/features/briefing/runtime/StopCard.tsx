import { useEffect, useRef } from 'react'
import { Quote } from '../../../components/Quote'
import type { BriefingStop } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'

/**
 * What the room reads beside the map: the stop's title, its points (our words), the article's words
 * with paragraph and grade, and any caveat. The title stop names the source; the closing stop lists the
 * credits from data/source.json.
 */
export function StopCard({
  data,
  briefingTitle,
  stop,
  focusKey,
}: {
  data: Dataset
  briefingTitle: string
  stop: BriefingStop
  /** Changes with every stop shown, to move focus to the new title. */
  focusKey: string
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // Focus follows the stop so a screen reader starts at its title; preventScroll keeps the card still.
    headingRef.current?.focus({ preventScroll: true })
  }, [focusKey])
  const kind = stop.kind ?? 'stop'
  return (
    <article className={`stop-card stop-card--${kind}`} aria-labelledby="stop-card-title">
      {kind !== 'title' && <p className="stop-card__kicker">{briefingTitle}</p>}
      <h2 id="stop-card-title" className="stop-card__title" tabIndex={-1} ref={headingRef}>
        {stop.title}
      </h2>
      {kind === 'title' && (
        <p className="stop-card__source">
          From “{data.source.title}”, <cite>{data.source.publication}</cite>,{' '}
          {data.source.publisher}
        </p>
      )}
      {stop.points.length > 0 && (
        <ul className="stop-card__points">
          {stop.points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {stop.quotes.length > 0 ? (
        <>
          <h3 className="visually-hidden">In the article’s words</h3>
          <ul className="quote-list stop-card__quotes">
            {stop.quotes.map((q, i) => (
              <li key={i}>
                <Quote quote={q} confidence={q.confidence} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        kind === 'stop' && (
          <p className="stop-card__caveat">
            No quotation is attached to this stop: its points are the presenter’s own.
          </p>
        )
      )}
      {stop.caveat && (
        <p className="stop-card__caveat">
          <strong>Note: </strong>
          {stop.caveat}
        </p>
      )}
      {kind === 'closing' && (
        <ul className="stop-card__credits">
          {data.source.credits.map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong>: {c.role}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
