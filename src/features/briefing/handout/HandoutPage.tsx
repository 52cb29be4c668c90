import { paragraphLabel, quotationMarks } from '../../../components/Quote'
import type { Briefing, BriefingStop } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import { CONFIDENCE_LABEL } from '../../../lib/labels'
import type { StopPicture } from './capture-stops'
import { HandoutLegend } from './HandoutLegend'

/**
 * One printed page: the stop's map filling the left of the page, and beside it the stop's points, the
 * article's words with paragraph and grade, and the legend of what the map shows; the source below.
 */
export function HandoutPage({
  data,
  briefing,
  stop,
  index,
  picture,
  link,
}: {
  data: Dataset
  briefing: Briefing
  stop: BriefingStop
  index: number
  picture: StopPicture | null
  link: string | null
}) {
  const src = data.source
  return (
    <section className="handout-page" aria-label={`Page ${index + 1}: ${stop.title}`}>
      <header className="handout-page__head">
        <span>{briefing.title}</span>
        <span>
          Stop {index + 1} of {briefing.stops.length}
        </span>
      </header>
      <div className="handout-page__body">
        <figure className="handout-page__map">
          {picture?.url ? (
            <img src={picture.url} alt={`Map for stop ${index + 1}: ${stop.title}`} />
          ) : (
            <p>No map image: this browser could not draw the map.</p>
          )}
        </figure>
        <div className="handout-page__text">
          <h2>{stop.title}</h2>
          {stop.points.length > 0 && (
            <ul className="handout-page__points">
              {stop.points.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
          {stop.quotes.length > 0 && (
            <>
              <h3>In the article’s words</h3>
              <ul className="handout-page__quotes">
                {stop.quotes.map((q, i) => (
                  <li key={i}>
                    <q className={quotationMarks(q.text)[0] === '‘' ? 'q--nesting' : undefined}>
                      {q.text}
                    </q>{' '}
                    <span className="handout-page__cite">
                      ({paragraphLabel(q.paragraph)} · {CONFIDENCE_LABEL[q.confidence]})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {stop.caveat && <p className="handout-page__caveat">Note: {stop.caveat}</p>}
          {(stop.kind ?? 'stop') === 'closing' && (
            <ul className="handout-page__credits">
              {src.credits.map((c) => (
                <li key={c.name}>
                  <strong>{c.name}</strong>: {c.role}
                </li>
              ))}
            </ul>
          )}
          {picture && <HandoutLegend entries={picture.legend} />}
        </div>
      </div>
      <footer className="handout-page__foot">
        Source: “{src.title}”, <cite>{src.publication}</cite>, {src.publisher} (undated; late 2023).
        Quoted words are the article’s (¶ = paragraph); points are a summary in our words. Grades:
        Stated, Reported (by a named source), Author’s judgement, A party’s claim. Basemap: Natural
        Earth.
        {link && (
          <>
            {' '}
            This stop: <span className="handout-page__link">{link}</span>
          </>
        )}
      </footer>
    </section>
  )
}
