import type { Source } from '../../data/schema'

/** Title, standfirst, who published it, what we know of the date, how paragraphs are counted, credits. */
export function SourceHeader({ source }: { source: Source }) {
  return (
    <div className="source-card">
      <h3 className="sources__section-title">The article</h3>
      <p className="source-card__publication">
        {source.publication}, {source.publisher}
      </p>
      <p className="source-card__title">
        <cite>{source.title}</cite>
      </p>
      <p className="source-card__subtitle">{source.subtitle}</p>
      <dl className="source-card__facts">
        <dt>Published</dt>
        <dd>
          {!source.published.known && <strong>No date in the text. </strong>}
          {source.published.note}
        </dd>
        <dt>Paragraphs</dt>
        <dd>{source.paragraphs.note}</dd>
        <dt>Credits</dt>
        <dd>
          <ul className="source-card__credits">
            {source.credits.map((c) => (
              <li key={c.name}>
                <strong>{c.name}</strong> — {c.role}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </div>
  )
}
