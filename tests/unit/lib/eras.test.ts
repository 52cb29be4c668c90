import { describe, expect, it } from 'vitest'
import { ERAS, eraName, eraOf } from '../../../src/lib/eras'
import { loadRealDataset } from '../../support/real-data'

const at = (date: string) => eraOf({ kind: 'point', date }).id

describe('the eras', () => {
  it('cover every year from the first to the last without overlap, then the undated', () => {
    const dated = ERAS.filter((e) => e.years !== null)
    for (let i = 1; i < dated.length; i++)
      expect(dated[i]!.years![0]).toBe(dated[i - 1]!.years![1] + 1)
    expect(ERAS[ERAS.length - 1]).toMatchObject({ id: 'undated', years: null })
  })

  it('put a date in the era its year falls in, a span by its start', () => {
    expect(at('1948')).toBe('cold-war')
    expect(at('1991-12')).toBe('cold-war')
    expect(at('1992')).toBe('languished')
    expect(at('2000-07')).toBe('revival')
    expect(at('2021')).toBe('revival')
    expect(at('2022')).toBe('invasion')
    expect(eraOf({ kind: 'span', from: '2000', to: '2023' }).id).toBe('revival')
    expect(eraOf({ kind: 'undated', note: 'n' }).id).toBe('undated')
    // Outside the article's years: the nearest era, never nowhere.
    expect(at('1945')).toBe('cold-war')
    expect(at('2030')).toBe('invasion')
  })

  it('group the article as its chapters do', () => {
    const data = loadRealDataset()
    const of = (id: string) => eraOf(data.eventById.get(id)!.when).id
    expect(of('cold-war-supply')).toBe('cold-war')
    expect(of('putin-visit-2000')).toBe('revival')
    expect(of('revival-fitful')).toBe('revival')
    expect(of('russia-seeks-munitions')).toBe('invasion')
    expect(of('transactional-ties')).toBe('undated')
  })

  it('are named with their years', () => {
    expect(ERAS.map(eraName)).toEqual([
      'Cold War, 1948–1991',
      'Relations languished, 1992–1999',
      'Revival attempts, 2000–2021',
      'Since the invasion, 2022–2023',
      'Undated',
    ])
  })
})
