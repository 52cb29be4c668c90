/**
 * Words exactly as sure as the article. Each rule here is one the dataset, the briefing or the interface
 * once broke by saying more, or more surely, than the article does; each test fails if the old wording
 * or grade comes back. The text scanned is every string in data/*.json, both READMEs and the source
 * files that describe statuses and grades.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Briefing } from '../../../src/data/briefing-schema'
import { YEAR_PRESETS } from '../../../src/features/filters/filter-helpers'
import { LINES } from '../../../src/features/legend/legend-items'
import {
  FLOW_KIND_LABEL,
  FLOW_STATUS_LABEL,
  LINE_STYLE_LABEL,
  UNREALISED_STATUSES,
} from '../../../src/lib/labels'
import { loadRealDataset } from '../../support/real-data'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const data = loadRealDataset()
const briefings = JSON.parse(
  readFileSync(join(ROOT, 'data', 'briefings.json'), 'utf8'),
) as Briefing[]
const stops = new Map(briefings.flatMap((b) => b.stops).map((s) => [s.id, s]))

/** Every string in a JSON value, with where it is, so a failure names the record and field. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`))
  if (value && typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    const here = typeof id === 'string' ? `${at} "${id}"` : at
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${here}.${k}`))
  }
  return []
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const dataTexts = ['actors', 'places', 'events', 'flows', 'briefings', 'source'].flatMap((name) =>
  strings(
    JSON.parse(readFileSync(join(ROOT, 'data', `${name}.json`), 'utf8')),
    `data/${name}.json`,
  ),
)
const sourceFiles = filesUnder(join(ROOT, 'src')).filter((f) => /\.(ts|tsx)$/.test(f))
const fileTexts: [string, string][] = [
  ...['README.md', join('data', 'README.md')].map((f): [string, string] => [
    f,
    readFileSync(join(ROOT, f), 'utf8'),
  ]),
  ...sourceFiles.map((f): [string, string] => [relative(ROOT, f), readFileSync(f, 'utf8')]),
]
const everyText = [...dataTexts, ...fileTexts]

function expectNowhere(pattern: RegExp, texts = everyText) {
  const found = texts.filter(([, t]) => pattern.test(t)).map(([where]) => where)
  expect(found, `${pattern} found in`).toEqual([])
}

describe('words exactly as sure as the article', () => {
  it('says "wanted; no delivery reported", never "not delivered": the article says only that Pyongyang wants these', () => {
    expect(FLOW_STATUS_LABEL.sought).toBe('Wanted; no delivery reported')
    expect(LINE_STYLE_LABEL.dashed).toMatch(/^Wanted; no delivery reported/)
    expect(LINES.find((l) => l.style === 'dashed')?.label).toBe(LINE_STYLE_LABEL.dashed)
    expectNowhere(/not delivered/i)
  })

  it('calls Cold War Moscow a "major supplier", never the "main source"', () => {
    expectNowhere(/main source/i)
    expect(data.flowById.get('soviet-aid')?.summary).toMatch(/a major supplier/)
    expect(data.eventById.get('cold-war-supply')?.summary).toMatch(/a major supplier/)
    expect(stops.get('soviet-patronage')?.points.join(' ')).toMatch(/a major supplier/)
  })

  it('titles the munitions flow by what was reported (weapons and munitions to Russia), not by the shells and rockets North Korea is believed to hold', () => {
    const munitions = data.flowById.get('munitions-to-russia')!
    for (const text of [munitions.title, munitions.what, munitions.summary])
      expect(text).not.toMatch(/shells|rockets/i)
    expect(munitions.title).toMatch(/munitions to Russia/)
    // Paragraph 12 is the belief about stocks; the flow rests on paragraph 14, the transfer.
    expect(munitions.quotes.map((q) => q.paragraph)).toEqual([14, 14])
  })

  it('gives the labourers no present state: the article says only that their employment "has been" a sign', () => {
    const flow = data.flowById.get('labourers')!
    expect(flow.status).toBe('happened')
    expect(FLOW_STATUS_LABEL[flow.status]).toBe('Happened; no dates given')
    const event = data.eventById.get('labourers-far-east')!
    const stop = stops.get('revival-2000')!
    const texts = strings([flow, event, stop], 'labourers')
    expectNowhere(/\b(ongoing|lasting|still)\b/i, texts)
    // Present-tense titles say the same as "ongoing".
    expect(event.title).not.toMatch(/\bwork in\b/)
    expect(stop.points.join(' ')).not.toMatch(/workers [^.]* are one of/)
  })

  it('keeps "ongoing" for what the article presents as current at its writing: the ties between states', () => {
    const ongoing = data.flows.filter((f) => f.status === 'ongoing').map((f) => f.kind)
    expect(ongoing.length).toBeGreaterThan(0)
    expect(new Set(ongoing)).toEqual(new Set(['ties']))
    expect(FLOW_STATUS_LABEL.ongoing).toMatch(/when the article was written/)
  })

  it('files satellite technology as technology, not arms, and labels the arms kind for what it holds', () => {
    expect(data.flowById.get('satellite-tech')?.kind).toBe('technology')
    expect(FLOW_KIND_LABEL['weapons-tech']).not.toMatch(/technology/i)
    const inWeaponsTech = data.flows.filter((f) => f.kind === 'weapons-tech').map((f) => f.id)
    expect(inWeaponsTech.sort()).toEqual(['air-defence', 'aircraft', 'missile-help'])
  })

  it('dates the revival attempts the same way in the event, the year preset and briefing stop 4', () => {
    const event = data.eventById.get('revival-fitful')!
    expect(event.when.kind).toBe('span')
    const span =
      event.when.kind === 'span' ? [Number(event.when.from), Number(event.when.to)] : null
    expect(YEAR_PRESETS.find((p) => p.label === 'Revival attempts')?.years).toEqual(span)
    expect(stops.get('revival-2000')?.filters?.years).toEqual(span)
  })

  it("grades Lavrov's October visit as stated; only his words are a party's claim", () => {
    const visit = data.eventById.get('lavrov-pyongyang-2023')!
    expect(visit.kind).toBe('visit')
    expect(visit.confidence).toBe('stated')
    expect(visit.quotes.map((q) => q.text).join(' ')).toMatch(/October visit to Pyongyang/)
    const words = data.events.filter((e) =>
      e.quotes.some((q) => q.text.includes('qualitatively new, strategic level')),
    )
    expect(words.map((e) => [e.kind, e.confidence])).toEqual([['statement', 'claimed']])
    // No visit in the article is anyone's claim.
    expect(
      data.events.filter((e) => e.kind === 'visit' && e.confidence !== 'stated').map((e) => e.id),
    ).toEqual([])
    const stop = stops.get('lavrov-october-2023')!
    expect(stop.selection).toEqual({ kind: 'event', id: words[0]?.id })
  })

  it('says plans that "have come to naught" came to nothing, not that they were "never built"', () => {
    expect(FLOW_STATUS_LABEL['never-built']).not.toMatch(/never/i)
    expectNowhere(/never built/i, dataTexts)
    expect(UNREALISED_STATUSES).toContain('never-built')
  })

  it('calls the invasion "a turning point", as the article does, not "the" turning point', () => {
    expectNowhere(/\bthe turning point\b/i, dataTexts)
  })

  it('marks the pairing of Kim’s stops with items on the list as our reading', () => {
    for (const id of ['satellite-tech', 'aircraft'])
      expect(data.flowById.get(id)?.routeNote, id).toMatch(/our reading/)
    for (const id of ['kim-at-vostochny', 'kim-at-komsomolsk'])
      expect(data.eventById.get(id)?.summary, id).toMatch(/our reading/)
  })

  it('keeps the author’s "no doubt" about missile help: neither "sure" nor "very likely"', () => {
    const texts = strings(
      [data.flowById.get('missile-help'), stops.get('what-pyongyang-wants')],
      'missile help',
    )
    expectNowhere(/\bis sure\b|very likely/i, texts)
    expect(data.flowById.get('missile-help')?.summary).toMatch(/no doubt/)
  })

  it('draws no flow to a place the article does not name for it: "to Russia" ends at Russia’s edge', () => {
    const munitions = data.flowById.get('munitions-to-russia')!
    expect(munitions.to).toBe('russia')
    expect(data.placeById.get(munitions.to)?.kind).toBe('country')
    for (const id of ['food-fuel', 'air-defence', 'missile-help'])
      expect(data.flowById.get(id)?.from, id).toBe('russia')
    // "linking Russia and South Korea through North Korea" (¶9): from edge to edge, through Pyongyang
    // standing for North Korea, so the line stays over the country the article names, not the sea.
    for (const id of ['railway-link', 'gas-pipelines']) {
      const f = data.flowById.get(id)!
      expect([f.from, f.via, f.to], id).toEqual(['russia', ['pyongyang'], 'south-korea'])
      expect(f.routeNote, id).toMatch(/through North Korea/)
    }
  })
})
