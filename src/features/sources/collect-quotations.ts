/**
 * Every quotation in the dataset, grouped by the article paragraph it comes from, so the explorer can be
 * read back against the article. The same words used by several records are listed once, with each
 * record they support.
 */
import type { Dataset } from '../../data/dataset'
import type { Quote } from '../../data/schema'

export type SupportKind = 'place' | 'event' | 'flow' | 'actor'

export interface Support {
  kind: SupportKind
  id: string
  name: string
}

export interface QuotedWords {
  text: string
  supports: Support[]
}

export interface ParagraphQuotes {
  paragraph: number
  quotes: QuotedWords[]
}

export function collectQuotations(data: Dataset): ParagraphQuotes[] {
  const byParagraph = new Map<number, Map<string, QuotedWords>>()
  const add = (q: Quote, support: Support) => {
    let texts = byParagraph.get(q.paragraph)
    if (!texts) byParagraph.set(q.paragraph, (texts = new Map()))
    let entry = texts.get(q.text)
    if (!entry) texts.set(q.text, (entry = { text: q.text, supports: [] }))
    if (!entry.supports.some((s) => s.kind === support.kind && s.id === support.id))
      entry.supports.push(support)
  }
  // Events in date order first: they carry most of the story; then flows, places and actors.
  for (const e of data.eventsInOrder)
    for (const q of e.quotes) add(q, { kind: 'event', id: e.id, name: e.title })
  for (const f of data.flows)
    for (const q of f.quotes) add(q, { kind: 'flow', id: f.id, name: f.title })
  for (const p of data.places)
    for (const q of p.quotes) add(q, { kind: 'place', id: p.id, name: p.name })
  for (const a of data.actors)
    for (const q of a.quotes) add(q, { kind: 'actor', id: a.id, name: a.name })

  return [...byParagraph.entries()]
    .sort(([a], [b]) => a - b)
    .map(([paragraph, texts]) => ({ paragraph, quotes: [...texts.values()] }))
}
