import { useId, useMemo } from 'react'
import type { Dataset } from '../../data/dataset'
import { collectQuotations } from './collect-quotations'
import { ParagraphEntry } from './ParagraphEntry'
import { SourceHeader } from './SourceHeader'
import './sources.css'

/** The article behind the map, and every quotation the map uses, in the article's order. */
export function SourcesPanel({ data }: { data: Dataset }) {
  const headingId = useId()
  const paragraphs = useMemo(() => collectQuotations(data), [data])
  const quoted = new Set(paragraphs.map((p) => p.paragraph))
  const total = paragraphs.reduce((n, p) => n + p.quotes.length, 0)
  const unquoted = Array.from({ length: data.source.paragraphs.count }, (_, i) => i + 1).filter(
    (n) => !quoted.has(n),
  )

  return (
    <article className="sources" aria-labelledby={headingId}>
      <p className="details__kicker">Sources</p>
      <h2 id={headingId} className="sources__title" tabIndex={-1}>
        The article and its words
      </h2>
      <SourceHeader source={data.source} />

      <h3 className="sources__section-title">Quotations by paragraph</h3>
      <p className="sources__intro">
        {total} distinct quotations from {paragraphs.length} parts of the article, in reading order.
        Each lists what it supports on the map; choose one to open it.
        {unquoted.length > 0 && <> Paragraphs not quoted: {unquoted.join(', ')}.</>}
      </p>
      <ol className="sources__paragraphs">
        {paragraphs.map((p) => (
          <li key={p.paragraph}>
            <ParagraphEntry group={p} />
          </li>
        ))}
      </ol>
    </article>
  )
}
