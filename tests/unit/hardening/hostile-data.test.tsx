/**
 * Issue item 3, malformed or hostile data: a hand-edited file is either rejected with a message that
 * names the file, the record and the field (and stays short whatever the input), or its strings are
 * shown inertly as text, never as HTML and never as a link.
 */
import { render, screen } from '@testing-library/react'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataProblems } from '../../../src/app/DataProblems'
import { buildDataset, fetchDataset } from '../../../src/data/dataset'
import { DataError, describeProblem } from '../../../src/data/errors'
import { parseDataFile, type DataFileName } from '../../../src/data/files'
import { DetailsPanel } from '../../../src/features/details/DetailsPanel'
import { ListPanel } from '../../../src/features/list/ListPanel'
import { SourcesPanel } from '../../../src/features/sources/SourcesPanel'
import { readJson } from '../../support/real-data'
import { selectNow } from '../builders'

type Json = Record<string, unknown>
const clone = <T,>(x: T): T => structuredClone(x)
const XSS = '<img src=x onerror="window.__xss=1">'
const SCRIPT = '<script>window.__xss=1</script>'
const JS_URL = 'javascript:window.__xss=1'
const HUNDRED_KB = 'a'.repeat(100 * 1024)

/** Serves the real files through fetch, with some replaced by a raw body. */
function serve(overrides: Partial<Record<DataFileName, string>>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = /data\/([a-z]+)\.json$/.exec(url)?.[1] as DataFileName
      return new Response(overrides[name] ?? JSON.stringify(readJson(name)), { status: 200 })
    }),
  )
}

async function problemsFor(overrides: Partial<Record<DataFileName, string>>): Promise<string[]> {
  serve(overrides)
  try {
    await fetchDataset()
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(describeProblem)
    throw e
  }
  return []
}

const places = () => clone(readJson('places')) as Json[]
const withPlace = (patch: Json, index = 0) => {
  const list = places()
  Object.assign(list[index]!, patch)
  return { places: JSON.stringify(list) }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('rejected, with a located message that stays short', () => {
  it('a 100 KB string where text belongs', async () => {
    const problems = await problemsFor(withPlace({ name: HUNDRED_KB }))
    expect(problems).toEqual([
      'data/places.json, record "pyongyang" (#1), field "name": is longer than 2,000 characters',
    ])
  })

  it('a 100 KB id: rejected, and quoted only in part', async () => {
    const problems = await problemsFor(withPlace({ id: HUNDRED_KB }))
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/places\.json, record "a{60}…" \(#1\), field "id": is longer than 80 characters$/,
      ),
    ])
  })

  it('markup where an id belongs: rejected, and quoted as text', async () => {
    const problems = await problemsFor(withPlace({ id: XSS }))
    expect(problems).toEqual([
      `data/places.json, record "${XSS}" (#1), field "id": must be a lower-case id like "kim-jong-un"`,
    ])
  })

  it.each([
    ['NaN (not JSON at all)', '[NaN, 39.0]', /^data\/places\.json: is not valid JSON/],
    ['a number as a string', '["NaN", 39.0]', /field "lngLat\[0\]": must be number, not string/],
    ['null', '[null, 39.0]', /field "lngLat\[0\]": must be number, not null/],
    ['infinity (1e999)', '[1e999, 39.0]', /field "lngLat\[0\]": must be number, not Infinity$/],
    ['out of range', '[200, 39.0]', /field "lngLat\[0\]": longitude must be between -180 and 180/],
    ['out of range', '[125.7, -91]', /field "lngLat\[1\]": latitude must be between -90 and 90/],
    ['a third number', '[125.7, 39.0, 5]', /field "lngLat": has more than 2 item/],
    ['one number', '[125.7]', /field "lngLat": needs at least 2 item/],
  ])('coordinates: %s', async (_what, raw, expected) => {
    const body = JSON.stringify(places()).replace(/"lngLat":\[[^\]]*\]/, `"lngLat":${raw}`)
    const problems = await problemsFor({ places: body })
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^data\/places\.json/)
    expect(problems[0]).toMatch(expected)
  })

  it('an id that refers to nothing', async () => {
    const events = clone(readJson('events')) as Json[]
    events[0]!.places = ['atlantis']
    const problems = await problemsFor({ events: JSON.stringify(events) })
    expect(problems).toEqual([
      'data/events.json, record "founding-1948" (#1), field "places[0]": refers to place "atlantis", which is not in data/places.json',
    ])
  })

  it('duplicate ids', async () => {
    const list = places()
    list[3]!.id = list[0]!.id
    const problems = await problemsFor({ places: JSON.stringify(list) })
    expect(problems).toContainEqual(
      'data/places.json, record "pyongyang" (#4), field "id": duplicates an earlier id "pyongyang"',
    )
  })

  it('a "__proto__" field cannot reach the prototype: it is an unknown field', async () => {
    const body = JSON.stringify(places()).replace(
      '{"id":"pyongyang"',
      '{"__proto__":{"x":1},"id":"pyongyang"',
    )
    const problems = await problemsFor({ places: body })
    expect(problems).toEqual([
      'data/places.json, record "pyongyang" (#1), field "__proto__": has unknown field(s): __proto__',
    ])
    expect(({} as Json).x).toBeUndefined()
  })

  it('a file that is not a list, and a record that is not an object', async () => {
    expect(await problemsFor({ flows: '{"flows": []}' })).toEqual([
      'data/flows.json: must be array, not object',
    ])
    const list = places() as unknown[]
    list[2] = null
    expect(await problemsFor({ places: JSON.stringify(list) })).toEqual([
      'data/places.json, record #3: must be object, not null',
    ])
  })

  it('every message is short, however large the input', async () => {
    const list = places()
    for (const p of list) {
      p.id = `${HUNDRED_KB}-${String(p.id)}`
      p.name = HUNDRED_KB
    }
    const problems = await problemsFor({ places: JSON.stringify(list) })
    expect(problems.length).toBeGreaterThan(0)
    for (const m of problems) expect(m.length).toBeLessThan(300)
  })
})

describe('accepted strings are shown as text, never as HTML or links', () => {
  /** The real dataset with markup, script and javascript: strings in the fields people read. */
  function hostileDataset() {
    const p = places()
    Object.assign(p[0]!, { name: XSS, detail: JS_URL, approximate: SCRIPT })
    const flows = clone(readJson('flows')) as Json[]
    Object.assign(flows[0]!, { title: SCRIPT, what: XSS, summary: JS_URL })
    const source = clone(readJson('source')) as Json
    source.credits = [{ name: JS_URL, role: XSS }]
    return buildDataset(parseDataFile('source', source), {
      actors: parseDataFile('actors', readJson('actors')),
      places: parseDataFile('places', p),
      events: parseDataFile('events', readJson('events')),
      flows: parseDataFile('flows', flows),
    })
  }

  function expectInert(container: HTMLElement) {
    expect(container.querySelector('img, script, iframe, object, embed, svg[onload]')).toBeNull()
    for (const a of container.querySelectorAll('a[href]'))
      expect(a.getAttribute('href')).not.toMatch(/^\s*javascript:/i)
    expect((window as unknown as Json).__xss).toBeUndefined()
  }

  it('in the place panel', () => {
    const data = hostileDataset()
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { container } = render(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(XSS)
    expect(container).toHaveTextContent(JS_URL)
    expectInert(container)
  })

  it('in the flow panel', () => {
    const data = hostileDataset()
    selectNow({ kind: 'flow', id: 'soviet-aid' })
    const { container } = render(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(SCRIPT)
    expect(container).toHaveTextContent(XSS)
    expectInert(container)
  })

  it('in the list of places and flows, and the sources', () => {
    const data = hostileDataset()
    const list = render(<ListPanel data={data} />)
    expect(screen.getByRole('button', { name: XSS })).toBeInTheDocument()
    expectInert(list.container)
    list.unmount()
    const sources = render(<SourcesPanel data={data} />)
    expectInert(sources.container)
  })

  it('in the list of problems', () => {
    const { container } = render(
      <DataProblems
        error={new DataError([{ file: 'data/places.json', record: `"${XSS}"`, message: SCRIPT }])}
        onRetry={() => {}}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(XSS)
    expectInert(container)
  })
})

describe('the source never builds HTML or links from strings', () => {
  const SRC = resolve(import.meta.dirname, '..', '..', '..', 'src')
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f)
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(f) ? [path] : []
    })

  // Reading a page's HTML is no risk (the offline file reads its own, src/offline/page-source.ts);
  // writing it is: every assignment to innerHTML or outerHTML counts.
  it('no innerHTML or outerHTML written, no insertAdjacentHTML, document.write or dangerouslySetInnerHTML', () => {
    const offenders = files(SRC).filter((f) =>
      /\b(innerHTML|outerHTML)\s*\+?=(?!=)|\b(insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|srcdoc)\b/.test(
        readFileSync(f, 'utf8'),
      ),
    )
    expect(offenders).toEqual([])
  })

  it('every href is a fixed in-page anchor or a blob: URL the app made itself', () => {
    const hrefs = files(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bhref\s*[=:]\s*([^\s>,;)]+)/g)].map(
        (m) => `${f.slice(SRC.length + 1)}: ${m[1]}`,
      ),
    )
    for (const h of hrefs) expect(h).toMatch(/: ("#[a-z-]+"|url)$/)
  })
})
