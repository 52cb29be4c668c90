import type { Confidence, Quote as QuoteRecord } from '../data/schema'
import { ConfidenceBadge } from './ConfidenceBadge'
import './quote.css'

/** "¶14", or "photo caption" for paragraph 0 (the caption is not a body paragraph). */
export function paragraphLabel(paragraph: number): string {
  return paragraph === 0 ? 'photo caption' : `¶${paragraph}`
}

/**
 * The marks we put around a quotation: double, or single where the article's words carry double marks
 * of their own, so nesting alternates (‘… “top priority”’, not “… “top priority””). The words are
 * never changed.
 */
export function quotationMarks(text: string): readonly [open: string, close: string] {
  return /[“”]/.test(text) ? ['‘', '’'] : ['“', '”']
}

/** The quotation's words inside the marks `quotationMarks` chooses, for plain text. */
export function quoted(text: string): string {
  const [open, close] = quotationMarks(text)
  return `${open}${text}${close}`
}

export interface QuoteProps {
  quote: QuoteRecord
  /** How the article frames the claim this quotation supports; shown beside the citation. */
  confidence?: Confidence
}

/**
 * One verbatim quotation. The words sit in their own element, untouched (inner quotation marks are the
 * article's own), so they can be found and copied exactly; the outer marks are typographic decoration.
 */
export function Quote({ quote, confidence }: QuoteProps) {
  const [open, close] = quotationMarks(quote.text)
  return (
    <figure className="quote">
      <blockquote className="quote__text">
        <p>
          <span className="quote__mark" aria-hidden="true">
            {open}
          </span>
          <span className="quote__words">{quote.text}</span>
          <span className="quote__mark" aria-hidden="true">
            {close}
          </span>
        </p>
      </blockquote>
      <figcaption className="quote__cite">
        <span>
          — <cite>The Interpreter</cite>,{' '}
          {quote.paragraph === 0 ? (
            'photo caption'
          ) : (
            // Screen readers say "pilcrow" for ¶; give them the word instead.
            <>
              <span className="visually-hidden">paragraph </span>
              <span aria-hidden="true">¶</span>
              {quote.paragraph}
            </>
          )}
        </span>
        {confidence && <ConfidenceBadge confidence={confidence} />}
      </figcaption>
    </figure>
  )
}

/** Quotations in the dataset's order (which follows the article). */
export function QuoteList({
  quotes,
  confidence,
}: {
  quotes: readonly QuoteRecord[]
  confidence?: Confidence
}) {
  return (
    <ul className="quote-list">
      {quotes.map((q, i) => (
        <li key={`${q.paragraph}-${i}`}>
          <Quote quote={q} {...(confidence ? { confidence } : {})} />
        </li>
      ))}
    </ul>
  )
}
