import { paragraphLabel, quotationMarks } from '../../components/Quote'
import { SelectButton } from '../../components/SelectButton'
import type { ParagraphQuotes, Support } from './collect-quotations'

const KIND_LABEL: Record<Support['kind'], string> = {
  place: 'Place',
  event: 'Event',
  flow: 'Flow',
  actor: 'Actor',
}

function SupportItem({ support }: { support: Support }) {
  const kind = <span className="support__kind">{KIND_LABEL[support.kind]}</span>
  // Actors are not on the map as things to select; they are named as plain text.
  if (support.kind === 'actor')
    return (
      <span className="support support--text">
        {kind} {support.name}
      </span>
    )
  return (
    <span className="support">
      {kind}{' '}
      <SelectButton kind={support.kind} id={support.id}>
        {support.name}
      </SelectButton>
    </span>
  )
}

/** One paragraph's quotations, each with the places, events, flows and actors it supports. */
export function ParagraphEntry({ group }: { group: ParagraphQuotes }) {
  const title = group.paragraph === 0 ? 'Photo caption' : `Paragraph ${group.paragraph}`
  return (
    <div className="paragraph">
      <h4 className="paragraph__title">
        {group.paragraph > 0 && (
          <span className="paragraph__mark" aria-hidden="true">
            {paragraphLabel(group.paragraph)}
          </span>
        )}
        <span className={group.paragraph > 0 ? 'visually-hidden' : undefined}>{title}</span>
      </h4>
      <ul className="paragraph__quotes">
        {group.quotes.map((q) => (
          <li key={q.text}>
            <blockquote className="paragraph__words">
              <p>
                <span aria-hidden="true">{quotationMarks(q.text)[0]}</span>
                <span className="quote__words">{q.text}</span>
                <span aria-hidden="true">{quotationMarks(q.text)[1]}</span>
              </p>
            </blockquote>
            <p className="paragraph__supports">
              <span className="paragraph__supports-label">Supports</span>
              {q.supports.map((s) => (
                <SupportItem key={`${s.kind}:${s.id}`} support={s} />
              ))}
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
