/** Shared for the briefing tests: the real shipped briefings and the context imports are checked against. */
import type { Briefing } from '../../../src/data/briefing-schema'
import { parseBriefingsFile } from '../../../src/data/briefings'
import { knownQuotations } from '../../../src/data/briefing-checks'
import type { BriefingContext } from '../../../src/data/briefing-format'
import { loadRealDataset, readJson } from '../../support/real-data'

export const data = loadRealDataset()
export const shipped: Briefing[] = parseBriefingsFile(readJson('briefings'))
export const defaultBriefing = shipped.find((b) => b.id === 'default') as Briefing
export const context: BriefingContext = { refs: data, known: knownQuotations(data, shipped) }

/** A small valid briefing of your own, built from the article's data. */
export function ownBriefing(overrides: Partial<Briefing> = {}): Briefing {
  const event = data.eventById.get('kim-at-vostochny')!
  return {
    id: 'my-test',
    title: 'My test briefing',
    stops: [
      {
        id: 'stop',
        title: 'Vostochny',
        points: ['Kim at the cosmodrome.'],
        quotes: event.quotes.map((q) => ({ ...q, confidence: event.confidence })),
        camera: { center: [128.3, 51.9], zoom: 5, bearing: 0, pitch: 0 },
        selection: { kind: 'place', id: 'vostochny' },
        notes: 'Say hello.',
      },
      {
        id: 'stop-2',
        title: 'Everything',
        points: [],
        quotes: [],
        camera: { center: [129.5, 45], zoom: 3.4, bearing: 0, pitch: 0 },
        filters: { years: [2022, 2023], actors: ['russia'] },
      },
    ],
    ...overrides,
  }
}
