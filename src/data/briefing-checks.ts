/**
 * Checks on briefings that need more than the schema: ids are unique, year ranges run forwards, every
 * id a stop names is in the dataset, and (for briefings that come from outside the build: the browser's
 * storage or an imported file) every quotation is one the explorer already knows from the article, with
 * the same paragraph and grade. That last check is what stops a file putting words in the article's mouth:
 * the app does not ship the article's full text, so a quotation is trusted only if the checked data has it.
 */
import type { Briefing, BriefingQuote } from './briefing-schema'
import type { DataProblem } from './errors'
import type { Confidence, Quote } from './schema'

/** What the checks need from the dataset; the full Dataset satisfies it. */
export interface BriefingRefs {
  actorById: ReadonlyMap<string, unknown>
  placeById: ReadonlyMap<string, unknown>
  eventById: ReadonlyMap<string, unknown>
  flowById: ReadonlyMap<string, unknown>
}

interface Graded {
  quotes: readonly Quote[]
  confidence: Confidence
}

export const quoteKey = (q: BriefingQuote) => `${q.paragraph}|${q.confidence}|${q.text}`

/** Every graded quotation the explorer holds: the dataset's events and flows, and the shipped briefings. */
export function knownQuotations(
  data: { events: readonly Graded[]; flows: readonly Graded[] },
  shipped: readonly Briefing[],
): ReadonlySet<string> {
  const keys = new Set<string>()
  for (const r of [...data.events, ...data.flows])
    for (const q of r.quotes) keys.add(quoteKey({ ...q, confidence: r.confidence }))
  for (const b of shipped) for (const s of b.stops) for (const q of s.quotes) keys.add(quoteKey(q))
  return keys
}

/** `"default" (#1)`, like the other files' records. */
export const briefingRecord = (b: { id: string }, i: number) => `"${b.id}" (#${i + 1})`

/**
 * People count stops from 1 and know them by title, so a problem inside a stop names the stop in the
 * record ("stop 4 "kim-tour"") and keeps the rest of the path as the field.
 */
export function locateInStop(p: DataProblem, briefings: readonly unknown[] | unknown): DataProblem {
  const m = p.field ? /^stops\[(\d+)\]\.?(.*)$/.exec(p.field) : null
  if (!m) return p
  const index = Number(m[1])
  const list = Array.isArray(briefings) ? briefings : [briefings]
  const recordIndex = p.record ? Number(/#(\d+)\)?$/.exec(p.record)?.[1] ?? 1) - 1 : 0
  const stops = (list[recordIndex] as { stops?: unknown } | undefined)?.stops
  const stop: unknown = Array.isArray(stops) ? stops[index] : undefined
  const stopId =
    stop && typeof stop === 'object' && 'id' in stop && typeof stop.id === 'string'
      ? ` "${stop.id}"`
      : ''
  const where = `stop ${index + 1}${stopId}`
  return {
    ...p,
    record: p.record ? `${p.record}, ${where}` : where,
    ...(m[2] ? { field: m[2] } : { field: undefined }),
  }
}

export function checkBriefings(
  file: string,
  briefings: readonly Briefing[],
  refs: BriefingRefs,
  known?: ReadonlySet<string>,
): DataProblem[] {
  const out: DataProblem[] = []
  const seen = new Set<string>()
  briefings.forEach((b, bi) => {
    const record = briefingRecord(b, bi)
    if (seen.has(b.id))
      out.push({ file, record, field: 'id', message: `duplicates an earlier id "${b.id}"` })
    seen.add(b.id)
    const stopIds = new Set<string>()
    b.stops.forEach((s, si) => {
      const at = (field: string, message: string) =>
        out.push(locateInStop({ file, record, field: `stops[${si}].${field}`, message }, briefings))
      if (stopIds.has(s.id)) at('id', `duplicates an earlier stop id "${s.id}"`)
      stopIds.add(s.id)
      const years = s.filters?.years
      if (years && years[0] > years[1])
        at('filters.years', `runs backwards (${years[0]} to ${years[1]})`)
      s.filters?.actors?.forEach((a, i) => {
        if (!refs.actorById.has(a))
          at(`filters.actors[${i}]`, `refers to actor "${a}", which is not in the article's data`)
      })
      const sel = s.selection
      if (sel) {
        const table = { place: refs.placeById, event: refs.eventById, flow: refs.flowById }[
          sel.kind
        ]
        if (!table.has(sel.id))
          at(
            'selection.id',
            `refers to ${sel.kind} "${sel.id}", which is not in the article's data`,
          )
      }
      const subject = s.subject ?? {}
      const refer = (field: keyof typeof subject, kind: 'place' | 'event' | 'flow') =>
        subject[field]?.forEach((ref, i) => {
          const table = { place: refs.placeById, event: refs.eventById, flow: refs.flowById }[kind]
          if (!table.has(ref))
            at(
              `subject.${field}[${i}]`,
              `refers to ${kind} "${ref}", which is not in the article's data`,
            )
        })
      refer('places', 'place')
      refer('flows', 'flow')
      refer('ended', 'flow')
      refer('journey', 'event')
      refer('beyond', 'place')
      subject.ended?.forEach((f, i) => {
        if (!subject.flows?.includes(f))
          at(`subject.ended[${i}]`, `names flow "${f}", which is not among the stop's flows`)
      })
      const b = s.bounds
      if (b && (b[0][0] > b[1][0] || b[0][1] > b[1][1]))
        at('bounds', 'runs backwards: it must be [[west, south], [east, north]]')
      if (known)
        s.quotes.forEach((q, i) => {
          if (!known.has(quoteKey(q)))
            at(
              `quotes[${i}]`,
              "is not a quotation the explorer knows from the article (the words, paragraph and grade must match the article's data exactly)",
            )
        })
    })
  })
  return out
}
