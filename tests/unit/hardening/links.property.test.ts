/**
 * Issue item 4: whole links, query string and hash, through the real address bar (jsdom's URL parser,
 * as a browser normalises them) and url-sync: opening one never throws, always gives a valid view, and
 * the hash (which the explorer does not use) changes nothing and survives the explorer's own writes.
 * tests/unit/lib/url-state.property.test.ts fuzzes the query-string parser alone.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { CONFIDENCE, FLOW_KINDS } from '../../../src/data/schema'
import { parseUrl } from '../../../src/lib/url-state'
import { resetAppStore, useAppStore } from '../../../src/store'
import { YEAR_MAX, YEAR_MIN } from '../../../src/lib/explorer-view'
import { startUrlSync } from '../../../src/store/url-sync'

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '%E0%A4%A',
  '%',
  '\u0000',
  '\u202e',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '1e309',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
]
const KEYS = ['years', 'undated', 'actors', 'kinds', 'conf', 'sel', 'panel', 'cam', 'stop']
const piece = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('sel=place:pyongyang', 'years=2022-2023', 'panel=list', 'cam=130,40,5'),
)
const search = fc.oneof(
  fc.constant(''),
  piece.map((p) => `?${p}`),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), piece), { maxLength: 6 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
)
const hash = fc.oneof(
  fc.constant(''),
  fc.constant('#'),
  fc.constant('#side-panel'),
  piece.map((p) => `#${p}`),
  // A hash that looks like a view: it must not be read as one.
  fc.constantFrom('#sel=flow:munitions-to-russia', '#?years=1948-1991&panel=sources'),
)

/** Opens a link as the page would: the address bar holds it (normalised by the URL parser), then url-sync reads it. */
function open(url: string): { state: ReturnType<typeof viewOf>; stop: () => void } {
  resetAppStore()
  window.history.replaceState(null, '', `/${url}`)
  const stop = startUrlSync()
  return { state: viewOf(), stop }
}

function viewOf() {
  const s = useAppStore.getState()
  return {
    filters: s.filters,
    selection: s.selection,
    panel: s.panel,
    camera: s.cameraRequest.target.kind === 'camera' ? s.cameraRequest.target.camera : null,
    notices: s.notices.map((n) => n.text),
  }
}

function expectValid(view: ReturnType<typeof viewOf>) {
  const f = view.filters
  expect(f.years[0]).toBeGreaterThanOrEqual(YEAR_MIN)
  expect(f.years[1]).toBeLessThanOrEqual(YEAR_MAX)
  expect(f.years[0]).toBeLessThanOrEqual(f.years[1])
  for (const k of f.flowKinds) expect(FLOW_KINDS).toContain(k)
  for (const c of f.confidence) expect(CONFIDENCE).toContain(c)
  for (const a of f.actors) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  if (view.selection) expect(view.selection.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  expect(['details', 'sources', 'list']).toContain(view.panel)
  if (view.camera)
    for (const n of [...view.camera.center, view.camera.zoom]) expect(Number.isFinite(n)).toBe(true)
  // A notice quotes at most a short piece of what it ignored.
  for (const n of view.notices) expect(n.length).toBeLessThan(2000)
}

let stops: (() => void)[] = []
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

describe('opening any link, hash included', () => {
  it('never throws, gives a valid view, and ignores the hash (1,500 random and hostile links)', () => {
    fc.assert(
      fc.property(search, hash, (s, h) => {
        const withHash = open(`${s}${h}`)
        stops.push(withHash.stop)
        expectValid(withHash.state)
        // The query string as the URL parser left it (it trims, encodes), now without the hash.
        const normalised = window.location.search
        withHash.stop()

        const withoutHash = open(normalised)
        stops.push(withoutHash.stop)
        withoutHash.stop()
        // The hash is not part of the view: the same query string gives the same view with or without it.
        expect(withHash.state).toEqual(withoutHash.state)
      }),
      { numRuns: 1500 },
    )
  }, 120_000)

  it('keeps the hash, and writes a clean query string, when the view then changes (1,000 links)', () => {
    fc.assert(
      fc.property(search, hash, (s, h) => {
        const { stop } = open(`${s}${h}`)
        stops.push(stop)
        // A stop link (briefing=, stop=) or the presenter's window shows a briefing, not a free view.
        const opened = parseUrl(window.location.search).view
        if (opened.briefing || opened.presenter) return
        const hashBefore = window.location.hash
        useAppStore.getState().select({ kind: 'place', id: 'pyongyang' })
        useAppStore.getState().setPanel('sources')
        expect(window.location.hash).toBe(hashBefore)
        const written = parseUrl(window.location.search)
        expect(written.problems).toEqual([])
        expect(written.view.selection).toEqual({ kind: 'place', id: 'pyongyang' })
        expect(written.view.panel).toBe('sources')
        stop()
      }),
      { numRuns: 1000 },
    )
  }, 120_000)
})
