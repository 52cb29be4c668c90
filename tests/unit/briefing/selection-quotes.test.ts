import { describe, expect, it } from 'vitest'
import { briefingFileName } from '../../../src/features/briefing/editor/briefing-edit'
import { quotesFor } from '../../../src/features/briefing/editor/selection-quotes'
import { loadRealDataset } from '../../support/real-data'

const data = loadRealDataset()

describe('a stop of your own keeps the quotations of what is selected', () => {
  it('a place: its own words, graded as the article frames them', () => {
    expect(quotesFor(data, { kind: 'place', id: 'vladivostok' })).toEqual([
      {
        text: 'He also toured the Russian Pacific Fleet’s facilities in Vladivostok.',
        paragraph: 16,
        confidence: 'stated',
      },
    ])
    // Quoting a reported transfer, the place's words are no surer than the report.
    expect(quotesFor(data, { kind: 'place', id: 'russia' }).map((q) => q.confidence)).toEqual([
      'reported',
    ])
    // Kim's own words about Moscow stay his claim.
    expect(quotesFor(data, { kind: 'place', id: 'moscow' })[0]?.confidence).toBe('claimed')
  })

  it('a flow or an event: its quotations with its grade', () => {
    const flow = data.flowById.get('munitions-to-russia')!
    expect(quotesFor(data, { kind: 'flow', id: flow.id })).toEqual(
      flow.quotes.map((q) => ({ ...q, confidence: flow.confidence })),
    )
    const event = data.eventById.get('kim-at-vostochny')!
    expect(quotesFor(data, { kind: 'event', id: event.id })).toHaveLength(event.quotes.length)
    expect(quotesFor(data, null)).toEqual([])
  })

  it('names the exported file after the title as it is now', () => {
    expect(briefingFileName({ title: 'Kim’s tour, renamed' })).toBe(
      'kim-s-tour-renamed.briefing.json',
    )
  })
})
