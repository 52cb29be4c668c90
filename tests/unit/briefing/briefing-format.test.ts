import { describe, expect, it } from 'vitest'
import { describeProblem } from '../../../src/data/errors'
import {
  exportBriefing,
  MAX_FILE_BYTES,
  parseBriefingFile,
  parseSaved,
  serializeSaved,
} from '../../../src/data/briefing-format'
import { context, defaultBriefing, ownBriefing } from './support'

const problems = (r: { ok: boolean; problems?: unknown }) =>
  r.ok
    ? []
    : (r as { problems: Parameters<typeof describeProblem>[0][] }).problems.map(describeProblem)

describe('exported briefing files', () => {
  it('round-trip: what is exported is imported unchanged', () => {
    for (const b of [ownBriefing(), defaultBriefing]) {
      const back = parseBriefingFile(exportBriefing(b), 'x.json', context)
      expect(back).toEqual({ ok: true, value: b })
    }
  })

  it.each([
    ['not JSON', '{"format": "rnk-briefing",', /x\.json: is not valid JSON/],
    ['a list', '[]', /x\.json: is not a briefing file/],
    [
      'another format',
      '{"format":"geojson","version":1,"briefing":{}}',
      /x\.json, field "format": is not a briefing file/,
    ],
    [
      'a newer version',
      '{"format":"rnk-briefing","version":2,"briefing":{}}',
      /field "version": is 2: the file was made by a newer version/,
    ],
    [
      'extra top-level fields',
      '{"format":"rnk-briefing","version":1,"briefing":{},"run":"x"}',
      /has unknown field\(s\): run/,
    ],
    ['no briefing', '{"format":"rnk-briefing","version":1}', /field "briefing": is missing/],
    ['too many bytes', `{"pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`, /is too large to be a briefing/],
  ])('reject %s with a message naming the problem', (_, text, message) => {
    const r = parseBriefingFile(text, 'x.json', context)
    expect(r.ok).toBe(false)
    expect(problems(r).join('\n')).toMatch(message)
  })

  it('reject a file whose stop puts invented words in the article’s mouth, naming the stop and field', () => {
    const b = ownBriefing()
    b.stops[1]!.quotes = [
      {
        text: 'Russia and North Korea are now formal allies.',
        paragraph: 18,
        confidence: 'stated',
      },
    ]
    const r = parseBriefingFile(exportBriefing(b), 'hostile.json', context)
    expect(problems(r)).toEqual([
      expect.stringMatching(
        /^hostile\.json, record stop 2 "stop-2", field "quotes\[0\]": is not a quotation/,
      ),
    ])
  })

  it('name the stop and field of a schema problem', () => {
    const b = ownBriefing() as unknown as { stops: { title: string }[] }
    b.stops[1]!.title = ''
    expect(
      problems(
        parseBriefingFile(
          JSON.stringify({ format: 'rnk-briefing', version: 1, briefing: b }),
          'x.json',
          context,
        ),
      ),
    ).toEqual(['x.json, record stop 2 "stop-2", field "title": must not be empty'])
  })
})

describe('briefings saved in the browser', () => {
  it('read back what was saved', () => {
    const list = [ownBriefing(), ownBriefing({ id: 'my-other', title: 'Other' })]
    expect(parseSaved(serializeSaved(list), context)).toEqual({ ok: true, value: list })
  })

  it('refuse ids that belong to the shipped briefings', () => {
    const r = parseSaved(serializeSaved([ownBriefing({ id: 'default' })]), context)
    expect(problems(r)).toEqual([
      'saved briefings, record "default" (#1), field "id": must start with "my-" (the shipped briefings own every other id)',
    ])
  })

  it('refuse storage in another shape', () => {
    expect(
      problems(parseSaved('{"format":"rnk-briefings","version":1,"briefings":{}}', context)),
    ).toEqual(['saved briefings, field "briefings": must be a list of briefings'])
    expect(parseSaved('garbage', context).ok).toBe(false)
  })
})
