/**
 * Editing your own briefings: pure functions from one list of briefings to the next, so the store's
 * actions stay one-liners and every rule (ids stay unique, a briefing keeps at least one stop) is
 * unit-tested without a browser.
 */
import { OWN_PREFIX, type Briefing, type BriefingStop } from '../../../data/briefing-schema'

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug || 'briefing'
}

/**
 * The exported file's name, from the briefing's title as it is now (a renamed briefing keeps its id,
 * which came from its first title): "kims-tour.briefing.json".
 */
export function briefingFileName(b: Pick<Briefing, 'title'>): string {
  return `${slugify(b.title)}.briefing.json`
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

export function ownBriefingId(title: string, taken: Iterable<string>): string {
  return uniqueId(`${OWN_PREFIX}${slugify(title)}`, taken)
}

/** Stop ids are only unique within their briefing. */
export function newStopId(b: Pick<Briefing, 'stops'>): string {
  return uniqueId(
    'stop',
    b.stops.map((s) => s.id),
  )
}

/** A copy with an id of its own: to edit a shipped briefing, or to keep an imported one. */
export function copyAsOwn(b: Briefing, taken: Iterable<string>, title = b.title): Briefing {
  const { summary, stops } = b
  return {
    id: ownBriefingId(title, taken),
    title,
    ...(summary ? { summary } : {}),
    stops: stops.map((s) => ({ ...s })),
  }
}

export function replaceBriefing(list: readonly Briefing[], next: Briefing): Briefing[] {
  return list.map((b) => (b.id === next.id ? next : b))
}

export function addStop(b: Briefing, stop: Omit<BriefingStop, 'id'>): Briefing {
  return { ...b, stops: [...b.stops, { ...stop, id: newStopId(b) }] }
}

export type StopEdit = Partial<Pick<BriefingStop, 'title' | 'points' | 'notes' | 'quotes'>>

export function updateStop(b: Briefing, stopId: string, edit: StopEdit): Briefing {
  return { ...b, stops: b.stops.map((s) => (s.id === stopId ? { ...s, ...edit } : s)) }
}

/** Moves a stop by `delta` places, staying within the list. */
export function moveStop(b: Briefing, stopId: string, delta: number): Briefing {
  const from = b.stops.findIndex((s) => s.id === stopId)
  if (from < 0) return b
  const to = Math.max(0, Math.min(b.stops.length - 1, from + delta))
  if (to === from) return b
  const stops = [...b.stops]
  const [moved] = stops.splice(from, 1)
  if (moved) stops.splice(to, 0, moved)
  return { ...b, stops }
}

/** A briefing keeps at least one stop (an empty one could not be presented): delete the briefing instead. */
export function deleteStop(b: Briefing, stopId: string): Briefing {
  if (b.stops.length <= 1) return b
  return { ...b, stops: b.stops.filter((s) => s.id !== stopId) }
}

/** The points box holds one point a line; blank lines are dropped. */
export function pointsFromText(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}
