import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchDataset } from '../../../src/data/dataset'
import { DataError, describeProblem } from '../../../src/data/errors'
import { parseDataFile, type DataFileName } from '../../../src/data/files'
import { readJson } from '../../support/real-data'

type Json = Record<string, unknown>
const clone = <T>(x: T): T => structuredClone(x)

function messagesFor(name: DataFileName, json: unknown): string[] {
  try {
    parseDataFile(name, json)
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(describeProblem)
    throw e
  }
  return []
}

/** Serves the real files, with one file replaced by `override` (a body string or an HTTP status). */
function serveData(overrides: Partial<Record<DataFileName, string | number>>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const name = /data\/([a-z]+)\.json$/.exec(url)?.[1] as DataFileName
      const o = overrides[name]
      if (typeof o === 'number')
        return new Response('missing', { status: o, statusText: 'Not Found' })
      return new Response(o ?? JSON.stringify(readJson(name)), { status: 200 })
    }),
  )
}

async function datasetProblems(): Promise<string[]> {
  try {
    await fetchDataset()
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(describeProblem)
    throw e
  }
  return []
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a broken data file gives a message naming the file, the record and the field', () => {
  it('bad JSON', async () => {
    serveData({ events: '[{"id": "x",' })
    const [msg, ...rest] = await datasetProblems()
    expect(rest).toEqual([])
    expect(msg).toMatch(/^data\/events\.json: is not valid JSON/)
  })

  it('a missing file (HTTP 404)', async () => {
    serveData({ flows: 404 })
    expect(await datasetProblems()).toEqual([
      'data/flows.json: could not be loaded (HTTP 404 Not Found)',
    ])
  })

  it('a missing field', () => {
    const events = clone(readJson('events')) as Json[]
    delete events[3]!.summary
    expect(messagesFor('events', events)).toEqual([
      'data/events.json, record "putin-visit-2000" (#4), field "summary": is missing (expected string)',
    ])
  })

  it('a mistyped field', () => {
    const places = clone(readJson('places')) as Json[]
    places[0]!.headline = 'yes'
    expect(messagesFor('places', places)).toEqual([
      'data/places.json, record "pyongyang" (#1), field "headline": must be boolean, not string',
    ])
  })

  it('coordinates out of range', () => {
    const places = clone(readJson('places')) as Json[]
    places[1]!.lngLat = [128.3, 95]
    expect(messagesFor('places', places)).toEqual([
      'data/places.json, record "vostochny" (#2), field "lngLat[1]": latitude must be between -90 and 90',
    ])
  })

  it('a malformed date', () => {
    const events = clone(readJson('events')) as Json[]
    events[0]!.when = { kind: 'point', date: '1948/07' }
    expect(messagesFor('events', events)).toEqual([
      'data/events.json, record "founding-1948" (#1), field "when.date": must be a date like "1948", "2000-07" or "2023-09-13"',
    ])
  })

  it('a date the calendar does not have', async () => {
    const events = clone(readJson('events')) as Json[]
    events[0]!.when = { kind: 'point', date: '1948-02-30' }
    serveData({ events: JSON.stringify(events) })
    expect(await datasetProblems()).toEqual([
      'data/events.json, record "founding-1948" (#1), field "when.date": "1948-02-30" is not a real calendar date',
    ])
  })

  it('an unknown field', () => {
    const flows = clone(readJson('flows')) as Json[]
    flows[0]!.colour = 'red'
    expect(messagesFor('flows', flows)).toEqual([
      'data/flows.json, record "soviet-aid" (#1), field "colour": has unknown field(s): colour',
    ])
  })

  it('an unknown confidence grade', () => {
    const flows = clone(readJson('flows')) as Json[]
    flows[0]!.confidence = 'certain'
    expect(messagesFor('flows', flows)[0]).toBe(
      'data/flows.json, record "soviet-aid" (#1), field "confidence": must be one of "stated", "reported", "assessed", "claimed"',
    )
  })

  it('an id that refers to nothing', async () => {
    const flows = clone(readJson('flows')) as Json[]
    flows[1]!.to = 'busan'
    serveData({ flows: JSON.stringify(flows) })
    expect(await datasetProblems()).toEqual([
      'data/flows.json, record "munitions-to-russia" (#2), field "to": refers to place "busan", which is not in data/places.json',
    ])
  })

  it('a duplicate id', async () => {
    const places = clone(readJson('places')) as Json[]
    places.push(clone(places[0]!))
    serveData({ places: JSON.stringify(places) })
    expect(await datasetProblems()).toEqual([
      `data/places.json, record "pyongyang" (#${places.length}), field "id": duplicates an earlier id "pyongyang"`,
    ])
  })

  it('a person who acts for no state', async () => {
    const actors = clone(readJson('actors')) as Json[]
    const putin = actors.find((a) => a.id === 'putin')!
    delete putin.state
    serveData({ actors: JSON.stringify(actors) })
    expect(await datasetProblems()).toEqual([
      expect.stringMatching(
        /^data\/actors\.json, record "putin" \(#\d+\), field "state": a person must name the state/,
      ),
    ])
  })

  it('a country place that names no state and does not say why its point is there', async () => {
    const places = clone(readJson('places')) as Json[]
    const russia = places.find((p) => p.id === 'russia')!
    delete russia.country
    delete russia.approximate
    serveData({ places: JSON.stringify(places) })
    const record = `record "russia" (#${places.indexOf(russia) + 1})`
    expect(await datasetProblems()).toEqual([
      `data/places.json, ${record}, field "country": a country place must name the state it stands for`,
      `data/places.json, ${record}, field "approximate": a country place must say why its point sits where it does`,
    ])
  })

  it('a flow tag too long to print on the map', () => {
    const flows = clone(readJson('flows')) as Json[]
    flows[0]!.tag = 'Soviet food, energy and weapons'
    expect(messagesFor('flows', flows)).toEqual([
      'data/flows.json, record "soviet-aid" (#1), field "tag": is longer than 18 characters: a tag is a word or two',
    ])
  })

  it('reports problems in several files at once', async () => {
    serveData({ flows: 404, events: 'nope' })
    const problems = await datasetProblems()
    expect(problems).toHaveLength(2)
    expect(problems.join('\n')).toMatch(/data\/events\.json: is not valid JSON/)
  })
})
