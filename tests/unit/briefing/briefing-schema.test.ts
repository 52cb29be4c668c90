import { describe, expect, it } from 'vitest'
import { briefing, type Briefing } from '../../../src/data/briefing-schema'
import { DataError, describeProblem } from '../../../src/data/errors'
import { parseBriefingsFile } from '../../../src/data/briefings'
import { checkBriefings } from '../../../src/data/briefing-checks'
import { context, data, ownBriefing, shipped } from './support'

const clone = <T>(x: T): T => structuredClone(x)

function fileProblems(json: unknown): string[] {
  try {
    parseBriefingsFile(json)
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(describeProblem)
    throw e
  }
  return []
}

describe('the briefing schema', () => {
  it('accepts the shipped file and a small briefing of your own', () => {
    expect(fileProblems(shipped)).toEqual([])
    expect(briefing.safeParse(ownBriefing()).success).toBe(true)
  })

  const loose = (x: object) => x as Record<string, unknown>
  it.each<[string, (b: Briefing) => void, RegExp]>([
    ['an empty title', (b) => (b.stops[1]!.title = ''), /stops\[1\]\.title": must not be empty/],
    [
      'five points',
      (b) => (b.stops[0]!.points = ['a', 'b', 'c', 'd', 'e']),
      /has more than 4 points/,
    ],
    [
      'a latitude off the map',
      (b) => (b.stops[0]!.camera = { center: [120, 95], zoom: 3, bearing: 0, pitch: 0 }),
      /latitude must be between -85 and 85/,
    ],
    [
      'an unknown grade',
      (b) => (b.stops[0]!.quotes[0]!.confidence = 'certain' as never),
      /quotes\[0\]\.confidence": must be one of/,
    ],
    [
      'an unknown field',
      (b) => (loose(b.stops[0]!).script = 'alert(1)'),
      /unknown field\(s\): script/,
    ],
    [
      'a prototype key',
      (b) => Object.defineProperty(b.stops[0], '__proto__', { value: { x: 1 }, enumerable: true }),
      /unknown field\(s\): __proto__/,
    ],
    [
      'a year outside the article',
      (b) => (b.stops[1]!.filters!.years = [1900, 2023]),
      /must be 1948 or later/,
    ],
    ['no stops', (b) => (b.stops = []), /needs at least one stop/],
    ['a malformed id', (b) => (b.id = 'My Briefing'), /must be a lower-case id/],
  ])('rejects %s, naming the file, briefing and field', (_, mutate, message) => {
    const b = clone(ownBriefing())
    mutate(b)
    expect(fileProblems([b]).join('\n')).toMatch(message)
    expect(fileProblems([b]).join('\n')).toMatch(/^data\/briefings\.json, record "[^"]*" \(#1\)/)
  })
})

describe('the briefing checks', () => {
  it('find nothing wrong with valid briefings', () => {
    expect(checkBriefings('f', [ownBriefing()], data, context.known)).toEqual([])
  })

  it('name the stop, by number and id, and the field', () => {
    const b = ownBriefing()
    b.stops[1]!.selection = { kind: 'event', id: 'putin-visits-mars' }
    expect(checkBriefings('f', [b], data).map(describeProblem)).toEqual([
      'f, record "my-test" (#1), stop 2 "stop-2", field "selection.id": refers to event "putin-visits-mars", which is not in the article\'s data',
    ])
  })

  it('catch duplicate ids, backward years and unknown actors', () => {
    const b = ownBriefing()
    b.stops[1]!.id = 'stop'
    b.stops[1]!.filters = { years: [2023, 2000], actors: ['russia', 'atlantis'] }
    const messages = checkBriefings('f', [b, b], data).map((p) => p.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        'duplicates an earlier id "my-test"',
        'duplicates an earlier stop id "stop"',
        'runs backwards (2023 to 2000)',
        'refers to actor "atlantis", which is not in the article\'s data',
      ]),
    )
  })

  it('reject a quotation the article data does not hold, or one given a stronger grade', () => {
    const invented = ownBriefing()
    invented.stops[0]!.quotes = [
      { text: 'Pyongyang will surely win', paragraph: 16, confidence: 'stated' },
    ]
    const upgraded = ownBriefing()
    upgraded.stops[0]!.quotes = [
      {
        text: 'Pyongyang also no doubt covets Russian assistance in developing its ballistic missile program.',
        paragraph: 17,
        confidence: 'stated',
      },
    ]
    for (const b of [invented, upgraded])
      expect(checkBriefings('f', [b], data, context.known).map(describeProblem)).toEqual([
        expect.stringMatching(
          /stop 1 "stop", field "quotes\[0\]": is not a quotation the explorer knows/,
        ),
      ])
  })
})
