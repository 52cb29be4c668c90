/**
 * The article's words for what is selected, each with its grade, for a stop of one's own: a flow's or
 * an event's quotations with the record's grade, and a place's own quotations too. A place has
 * no grade of its own; each quotation takes the grade of the event or flow that quotes the same
 * words (the least sure, if several do), so "Russia" quoting the munitions transfer stays "Reported".
 * Words no event or flow quotes only name or place the place as the article states it ("the
 * Gagarin aircraft factory in Komsomolsk-on-Amur"): Stated.
 */
import type { BriefingQuote } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import { CONFIDENCE, type Confidence, type Quote } from '../../../data/schema'
import type { Selection } from '../../../lib/explorer-view'

/** Least sure last in CONFIDENCE: stated, reported, assessed, claimed. */
const leastSure = (grades: Confidence[]): Confidence | undefined =>
  grades.sort((a, b) => CONFIDENCE.indexOf(b) - CONFIDENCE.indexOf(a))[0]

const sameWords = (a: Quote, b: Quote) =>
  a.paragraph === b.paragraph && (a.text.includes(b.text) || b.text.includes(a.text))

export function ownQuoteGrade(data: Pick<Dataset, 'events' | 'flows'>, quote: Quote): Confidence {
  const graded = [...data.events, ...data.flows].filter((r) =>
    r.quotes.some((q) => sameWords(q, quote)),
  )
  return leastSure(graded.map((r) => r.confidence)) ?? 'stated'
}

export function quotesFor(
  data: Pick<Dataset, 'events' | 'flows' | 'eventById' | 'flowById' | 'placeById'>,
  selection: Selection | null,
): BriefingQuote[] {
  if (!selection) return []
  if (selection.kind === 'place') {
    const place = data.placeById.get(selection.id)
    return place ? place.quotes.map((q) => ({ ...q, confidence: ownQuoteGrade(data, q) })) : []
  }
  const record =
    selection.kind === 'event'
      ? data.eventById.get(selection.id)
      : selection.kind === 'flow'
        ? data.flowById.get(selection.id)
        : undefined
  return record ? record.quotes.map((q) => ({ ...q, confidence: record.confidence })) : []
}
