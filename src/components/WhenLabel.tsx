import type { When } from '../data/schema'
import { formatPartialDate } from '../lib/dates'
import './when.css'

/** A machine-readable date at exactly the precision the article gives ("1948", "2000-07"). */
function Time({ date }: { date: string }) {
  return <time dateTime={date}>{formatPartialDate(date)}</time>
}

function DateText({ when }: { when: When }) {
  if (when.kind === 'undated') return <>Undated</>
  if (when.kind === 'point') return <Time date={when.date} />
  return (
    <>
      <Time date={when.from} />–<Time date={when.to} />
    </>
  )
}

export interface WhenLabelProps {
  when: When
  /**
   * 'full' (one item's panel): the inference or the undated note is always visible under the date.
   * 'compact' (lists): a small "inferred" / "why undated" disclosure that opens on demand.
   */
  variant?: 'full' | 'compact'
}

/** A date as the article gives it; an inferred date is marked, with the reasoning one step away. */
export function WhenLabel({ when, variant = 'compact' }: WhenLabelProps) {
  const why = when.kind === 'undated' ? when.note : when.inferred
  const flag = when.kind === 'undated' ? null : when.inferred ? 'inferred' : null
  return (
    <div className={`when when--${variant}`}>
      <span className="when__date">
        <DateText when={when} />
      </span>
      {flag && variant === 'full' && <span className="when__flag">inferred date</span>}
      {why && variant === 'full' && (
        <p className="when__why">
          <span className="visually-hidden">
            {flag ? 'How the date was inferred: ' : 'About the date: '}
          </span>
          {why}
        </p>
      )}
      {why && variant === 'compact' && (
        <details className="when__details">
          <summary>
            {flag ? (
              <>
                inferred<span className="visually-hidden"> date: why</span>
              </>
            ) : (
              <>
                why<span className="visually-hidden"> undated</span>
              </>
            )}
          </summary>
          <p className="when__why">{why}</p>
        </details>
      )}
    </div>
  )
}
