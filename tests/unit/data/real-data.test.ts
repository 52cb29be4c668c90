import { describe, expect, it } from 'vitest'
import { checkReferences } from '../../../src/data/references'
import { parsePartialDate } from '../../../src/lib/dates'
import { articleParagraphs, normaliseSpaces } from '../../support/article'
import { loadRealDataset } from '../../support/real-data'
import { insideCountry, kmToLines, sharedBorder } from './natural-earth'

const data = loadRealDataset()
const paragraphs = articleParagraphs()

const quoted = [
  ...data.actors.map((r) => ['actors', r] as const),
  ...data.places.map((r) => ['places', r] as const),
  ...data.events.map((r) => ['events', r] as const),
  ...data.flows.map((r) => ['flows', r] as const),
]

describe('the real dataset', () => {
  it('passes the schema and every cross-file reference resolves', () => {
    expect(checkReferences(data)).toEqual([])
  })

  it('numbers the article as data/source.json says', () => {
    expect(paragraphs.length - 1).toBe(data.source.paragraphs.count)
  })

  it.each(quoted.map(([file, r]) => [`${file}/${r.id}`, r] as const))(
    '%s quotes the article verbatim, in the paragraph it names',
    (_, r) => {
      expect(r.quotes.length).toBeGreaterThan(0)
      for (const q of r.quotes) {
        const para = paragraphs[q.paragraph]
        expect(para, `paragraph ${q.paragraph} exists`).toBeDefined()
        expect(para).toContain(normaliseSpaces(q.text))
      }
    },
  )

  it('keeps quotations short: a sentence or less', () => {
    for (const [, r] of quoted)
      for (const q of r.quotes) expect(q.text.split(/(?<=[.?!])\s+[A-Z]/).length).toBe(1)
  })

  it('writes summaries in its own words (no run of seven words copied from the article)', () => {
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’']/g, "'")
        .match(/[a-z0-9']+/g) ?? []
    const articleRuns = new Set<string>()
    for (const p of paragraphs) {
      const w = words(p)
      for (let i = 0; i + 7 <= w.length; i++) articleRuns.add(w.slice(i, i + 7).join(' '))
    }
    for (const r of [...data.events, ...data.flows]) {
      const w = words(r.summary)
      for (let i = 0; i + 7 <= w.length; i++)
        expect(
          articleRuns.has(w.slice(i, i + 7).join(' ')),
          `${r.id}: "${w.slice(i, i + 7).join(' ')}"`,
        ).toBe(false)
    }
  })

  it('gives every date at a precision the parser accepts, and explains every inference', () => {
    for (const r of [...data.events, ...data.flows]) {
      const w = r.when
      if (w.kind === 'undated') expect(w.note.length).toBeGreaterThan(10)
      else {
        const dates = w.kind === 'point' ? [w.date] : [w.from, w.to]
        for (const d of dates) expect(parsePartialDate(d), `${r.id}: ${d}`).not.toBeNull()
      }
    }
  })

  it('reads "last year" as 2022 and marks it inferred', () => {
    const invasion = data.eventById.get('invasion-2022')
    expect(invasion?.when).toMatchObject({ kind: 'point', date: '2022' })
    expect(invasion?.when.kind === 'point' && invasion.when.inferred).toMatch(/last year/)
  })

  it('has the four headline places, within about 10 km of where they are', () => {
    // Independent reference points (city centres; the cosmodrome's launch complex).
    const reference: Record<string, [number, number]> = {
      pyongyang: [125.7625, 39.0392],
      vostochny: [128.3336, 51.8844],
      'komsomolsk-on-amur': [137.0079, 50.5499],
      vladivostok: [131.8869, 43.1155],
      moscow: [37.6173, 55.7558],
      beijing: [116.4074, 39.9042],
      seoul: [126.978, 37.5665],
      tokyo: [139.6917, 35.6895],
      washington: [-77.0369, 38.9072],
    }
    const km = ([a, b]: readonly [number, number], [c, d]: readonly [number, number]) => {
      const rad = Math.PI / 180
      const h =
        Math.sin(((d - b) * rad) / 2) ** 2 +
        Math.cos(b * rad) * Math.cos(d * rad) * Math.sin(((c - a) * rad) / 2) ** 2
      return 2 * 6371 * Math.asin(Math.sqrt(h))
    }
    expect(data.places.filter((p) => p.headline).map((p) => p.id)).toEqual([
      'pyongyang',
      'vostochny',
      'komsomolsk-on-amur',
      'vladivostok',
    ])
    for (const [id, ref] of Object.entries(reference)) {
      const p = data.placeById.get(id)
      expect(p, id).toBeDefined()
      expect(km(p!.lngLat, ref), id).toBeLessThan(10)
    }
  })

  // A country place stands for a whole country the article names no place in. Its point is an anchor at
  // the edge nearest North Korea, checked on the Natural Earth 1:50m map the basemap is drawn from.
  const COUNTRY_ANCHORS: Record<string, { naturalEarth: string }> = {
    russia: { naturalEarth: 'Russia' },
    'south-korea': { naturalEarth: 'South Korea' },
  }

  it('has a border check for every country place', () => {
    expect(
      data.places
        .filter((p) => p.kind === 'country')
        .map((p) => p.id)
        .sort(),
    ).toEqual(Object.keys(COUNTRY_ANCHORS).sort())
  })

  it.each(Object.entries(COUNTRY_ANCHORS))(
    'anchors %s inside the country, within 3 km of its border with North Korea, and names it as no place',
    (id, { naturalEarth }) => {
      const p = data.placeById.get(id)
      expect(p?.kind).toBe('country')
      expect(p?.country).toBe(id)
      expect(p?.name).toMatch(/\(no place named\)$/)
      expect(p?.approximate).toBeTruthy()
      expect(insideCountry(p!.lngLat, naturalEarth), 'inside').toBe(true)
      expect(kmToLines(p!.lngLat, sharedBorder(naturalEarth, 'North Korea'))).toBeLessThan(3)
    },
  )

  it('keeps the Korean Peninsula marker clear of the South Korea anchor (over 50 km)', () => {
    const peninsula = data.placeById.get('korean-peninsula')!
    const anchor = data.placeById.get('south-korea')!
    expect(kmToLines(peninsula.lngLat, [[anchor.lngLat, anchor.lngLat]])).toBeGreaterThan(50)
    expect(peninsula.approximate).toMatch(/moved/)
  })

  it('marks every region as approximate', () => {
    for (const p of data.places.filter((p) => p.kind === 'region'))
      expect(p.approximate, p.id).toBeTruthy()
  })

  it('records the quantity the article gives', () => {
    expect(data.flowById.get('munitions-to-russia')?.quantity?.text).toBe(
      'around 1000 containers of military material',
    )
  })
})
