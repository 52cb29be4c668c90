/**
 * The shareable view as a query string, and back. Parsing never throws: anything unknown or malformed
 * is dropped and described in `problems`, so a mangled link still opens a valid view.
 */
import { CONFIDENCE, FLOW_KINDS, ID_PATTERN, type Confidence, type FlowKind } from '../data/schema'
import {
  DEFAULT_FILTERS,
  PANELS,
  roundCamera,
  SELECTION_KINDS,
  YEAR_MAX,
  YEAR_MIN,
  type Camera,
  type Filters,
  type Panel,
  type Selection,
  type SelectionKind,
} from './explorer-view'

export interface UrlView {
  filters: Filters
  selection: Selection | null
  panel: Panel
  /** Null when the link carries no camera: keep whatever the map shows. */
  camera: Camera | null
  /**
   * A stop link (`?briefing=default&stop=3`, stop counted from 1) opens that briefing at that stop; the
   * stop defines the whole view, so the link carries nothing else. Absent when the link has none.
   */
  briefing?: { id: string; stop: number }
  /** `?presenter=1`: this window is the presenter's view of a briefing shown in another window. */
  presenter?: boolean
}

export interface ParsedUrl {
  view: UrlView
  problems: string[]
}

const KNOWN = new Set([
  'years',
  'undated',
  'actors',
  'kinds',
  'conf',
  'sel',
  'panel',
  'cam',
  'briefing',
  'stop',
  'presenter',
])
/** A briefing has at most 100 stops; three digits leave room without admitting absurd numbers. */
const STOP = /^[1-9][0-9]{0,2}$/
const MAX_LIST = 50

function parseList<T extends string>(
  raw: string,
  allowed: readonly T[] | null,
  name: string,
  problems: string[],
): T[] {
  const out: T[] = []
  for (const part of raw.split(',').slice(0, MAX_LIST)) {
    if (part === '') continue
    const ok = allowed ? (allowed as readonly string[]).includes(part) : ID_PATTERN.test(part)
    if (ok && !out.includes(part as T)) out.push(part as T)
    else if (!ok) problems.push(`ignored unknown ${name} "${truncate(part)}"`)
  }
  return out
}

function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s
}

function parseCamera(raw: string, problems: string[]): Camera | null {
  const nums = raw.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x)))
  const [lng, lat, zoom, bearing = 0, pitch = 0] = nums
  const valid =
    nums.length >= 3 &&
    nums.length <= 5 &&
    nums.every(Number.isFinite) &&
    lng !== undefined &&
    lng >= -180 &&
    lng <= 180 &&
    lat !== undefined &&
    lat >= -85 &&
    lat <= 85 &&
    zoom !== undefined &&
    zoom >= 0 &&
    zoom <= 22 &&
    bearing >= -360 &&
    bearing <= 360 &&
    pitch >= 0 &&
    pitch <= 85
  if (!valid) {
    problems.push(`ignored a malformed map position "${truncate(raw)}"`)
    return null
  }
  return { center: [lng, lat], zoom, bearing, pitch }
}

export function parseUrl(search: string): ParsedUrl {
  const problems: string[] = []
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return {
      view: { filters: DEFAULT_FILTERS, selection: null, panel: 'details', camera: null },
      problems: ['ignored an unreadable link'],
    }
  }
  const filters: { -readonly [K in keyof Filters]: Filters[K] } = { ...DEFAULT_FILTERS }
  let selection: Selection | null = null
  let panel: Panel = 'details'
  let camera: Camera | null = null

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) problems.push(`ignored unknown setting "${truncate(key)}"`)
  }

  const years = params.get('years')
  if (years !== null) {
    const m = /^(\d{4})-(\d{4})$/.exec(years)
    const a = Number(m?.[1])
    const b = Number(m?.[2])
    if (m && a >= YEAR_MIN && b <= YEAR_MAX && a <= b) filters.years = [a, b]
    else problems.push(`ignored a year range "${truncate(years)}" outside ${YEAR_MIN}–${YEAR_MAX}`)
  }
  const undated = params.get('undated')
  if (undated !== null) {
    if (undated === '0' || undated === '1') filters.includeUndated = undated === '1'
    else problems.push(`ignored "undated=${truncate(undated)}" (expected 0 or 1)`)
  }
  const actors = params.get('actors')
  if (actors !== null) filters.actors = parseList(actors, null, 'actor', problems)
  const kinds = params.get('kinds')
  if (kinds !== null)
    filters.flowKinds = parseList<FlowKind>(kinds, FLOW_KINDS, 'flow kind', problems)
  const conf = params.get('conf')
  if (conf !== null)
    filters.confidence = parseList<Confidence>(conf, CONFIDENCE, 'confidence grade', problems)

  const sel = params.get('sel')
  if (sel !== null) {
    const [kind, id, ...rest] = sel.split(':')
    if (
      rest.length === 0 &&
      (SELECTION_KINDS as readonly string[]).includes(kind ?? '') &&
      id &&
      ID_PATTERN.test(id)
    ) {
      selection = { kind: kind as SelectionKind, id }
    } else problems.push(`ignored a malformed selection "${truncate(sel)}"`)
  }
  const p = params.get('panel')
  if (p !== null) {
    if ((PANELS as readonly string[]).includes(p)) panel = p as Panel
    else problems.push(`ignored unknown panel "${truncate(p)}"`)
  }
  const cam = params.get('cam')
  if (cam !== null) camera = parseCamera(cam, problems)

  const view: UrlView = { filters, selection, panel, camera }
  const briefing = parseBriefing(params, problems)
  if (briefing) view.briefing = briefing
  const presenter = params.get('presenter')
  if (presenter === '1') view.presenter = true
  else if (presenter !== null)
    problems.push(`ignored "presenter=${truncate(presenter)}" (expected 1)`)
  return { view, problems }
}

/** `briefing` alone opens its first stop; `stop` alone opens that stop of the default briefing. */
function parseBriefing(params: URLSearchParams, problems: string[]): UrlView['briefing'] {
  const id = params.get('briefing')
  const stop = params.get('stop')
  if (id === null && stop === null) return undefined
  if (id !== null && !(ID_PATTERN.test(id) && id.length <= 80)) {
    problems.push(`ignored a malformed briefing name "${truncate(id)}"`)
    return undefined
  }
  let n = 1
  if (stop !== null) {
    if (STOP.test(stop)) n = Number(stop)
    else
      problems.push(
        `ignored stop "${truncate(stop)}" (expected a stop number from 1), so the briefing opens at stop 1`,
      )
  }
  return { id: id ?? 'default', stop: n }
}

/** The presenter's window's address: it follows the room's window, so it needs nothing more. */
export const PRESENTER_QUERY = '?presenter=1'

/** A stop link: the stop defines the whole view, so it needs nothing more. `stop` counts from 1. */
export function stopLinkQuery(briefingId: string, stop: number): string {
  return `?briefing=${briefingId}&stop=${stop}`
}

/** Only what differs from the defaults is written, so a fresh view has a clean address. */
export function serializeUrl(view: UrlView): string {
  const params = new URLSearchParams()
  if (view.presenter) return PRESENTER_QUERY
  if (view.briefing) return stopLinkQuery(view.briefing.id, view.briefing.stop)
  const f = view.filters
  if (f.years[0] !== YEAR_MIN || f.years[1] !== YEAR_MAX)
    params.set('years', `${f.years[0]}-${f.years[1]}`)
  if (!f.includeUndated) params.set('undated', '0')
  if (f.actors.length) params.set('actors', f.actors.join(','))
  if (f.flowKinds.length !== FLOW_KINDS.length) params.set('kinds', f.flowKinds.join(','))
  if (f.confidence.length !== CONFIDENCE.length) params.set('conf', f.confidence.join(','))
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`)
  if (view.panel !== 'details') params.set('panel', view.panel)
  const c = view.camera
  if (c) {
    const r = roundCamera(c)
    const parts = [r.center[0], r.center[1], r.zoom]
    if (r.bearing !== 0 || r.pitch !== 0) parts.push(r.bearing, r.pitch)
    params.set('cam', parts.join(','))
  }
  const s = params.toString()
  // Commas are safe in a query string; keeping them literal makes links readable.
  return s ? `?${s.replaceAll('%2C', ',').replaceAll('%3A', ':')}` : ''
}
