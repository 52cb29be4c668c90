/**
 * Links come from anywhere: pasted, truncated, hand-edited, hostile. Whatever the query string, parsing
 * must not throw and must give a view the app can use.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONFIDENCE, FLOW_KINDS } from '../../../src/data/schema'
import { parseUrl, serializeUrl } from '../../../src/lib/url-state'
import { YEAR_MAX, YEAR_MIN } from '../../../src/lib/explorer-view'

const KEYS = [
  'years',
  'undated',
  'actors',
  'kinds',
  'conf',
  'sel',
  'panel',
  'cam',
  'stop',
  '__proto__',
  'constructor',
  '',
]
const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '%E0%A4%A',
  '\u0000',
  '../../etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'x'.repeat(5000),
  '"><svg/onload=alert(1)>',
  'place:__proto__',
)
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  hostile,
  fc.array(fc.oneof(fc.string(), hostile)).map((a) => a.join(',')),
)
// Values close to valid ones find the edges (a year out of range, a NaN zoom) that random text rarely hits.
const year = fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0'))
const num = fc.oneof(
  fc.double(),
  fc.integer({ min: -400, max: 400 }).map(String),
  fc.constantFrom('NaN', 'Infinity', '', '1e309'),
)
const nearValid = fc
  .record(
    {
      years: fc.tuple(year, year).map(([a, b]) => `${a}-${b}`),
      undated: fc.constantFrom('0', '1', '2', 'true', ''),
      actors: fc
        .array(fc.constantFrom('russia', 'putin', 'Russia', 'kim jong-un', '-', 'a--b'))
        .map((a) => a.join(',')),
      kinds: fc.array(fc.constantFrom(...FLOW_KINDS, 'nukes', '')).map((a) => a.join(',')),
      conf: fc.array(fc.constantFrom(...CONFIDENCE, 'certain')).map((a) => a.join(',')),
      sel: fc
        .tuple(
          fc.constantFrom('place', 'event', 'flow', 'city', ''),
          fc.constantFrom('pyongyang', 'x:y', '', 'A'),
        )
        .map(([k, i]) => `${k}:${i}`),
      panel: fc.constantFrom('details', 'sources', 'list', 'admin'),
      cam: fc.array(num, { minLength: 0, maxLength: 7 }).map((a) => a.join(',')),
    },
    { requiredKeys: [] },
  )
  .map((r) => `?${new URLSearchParams(r as Record<string, string>)}`)

const query = fc.oneof(
  nearValid,
  nearValid,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value))
    .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.array(fc.tuple(fc.constantFrom(...KEYS), value)).map((pairs) => {
    const p = new URLSearchParams()
    for (const [k, v] of pairs) p.append(k, v)
    return `?${p}`
  }),
)

function assertValidView(search: string) {
  const { view, problems } = parseUrl(search)
  const f = view.filters
  expect(Number.isInteger(f.years[0]) && Number.isInteger(f.years[1])).toBe(true)
  expect(f.years[0]).toBeGreaterThanOrEqual(YEAR_MIN)
  expect(f.years[1]).toBeLessThanOrEqual(YEAR_MAX)
  expect(f.years[0]).toBeLessThanOrEqual(f.years[1])
  expect(typeof f.includeUndated).toBe('boolean')
  for (const k of f.flowKinds) expect(FLOW_KINDS).toContain(k)
  for (const c of f.confidence) expect(CONFIDENCE).toContain(c)
  for (const a of f.actors) expect(a).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  expect(f.actors.length).toBeLessThanOrEqual(50)
  if (view.selection) expect(view.selection.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  expect(['details', 'sources', 'list']).toContain(view.panel)
  if (view.camera)
    for (const n of [
      ...view.camera.center,
      view.camera.zoom,
      view.camera.bearing,
      view.camera.pitch,
    ])
      expect(Number.isFinite(n)).toBe(true)
  for (const p of problems) expect(p.length).toBeLessThan(200)
  // Writing the view back and reading it again is stable after one pass (the camera is rounded once).
  const once = parseUrl(serializeUrl(view))
  expect(once.problems).toEqual([])
  expect(parseUrl(serializeUrl(once.view)).view).toEqual(once.view)
}

describe('parsing any link', () => {
  it('never throws and always gives a valid view (2,000 random and hostile query strings)', () => {
    fc.assert(
      fc.property(query, (q) => {
        assertValidView(q)
      }),
      { numRuns: 2000 },
    )
    // 2,000 runs take about a second; the generous limit is for busy shared CI machines.
  }, 60_000)
})
