import { describe, expect, it } from 'vitest'
import { formatWhen, parsePartialDate, sortKey, yearSpan } from '../../../src/lib/dates'

describe('partial dates', () => {
  it('keep the precision the article gives', () => {
    expect(parsePartialDate('1948')).toEqual({ year: 1948, precision: 'year' })
    expect(parsePartialDate('2000-07')).toEqual({ year: 2000, month: 7, precision: 'month' })
    expect(parsePartialDate('2023-09-13')).toEqual({
      year: 2023,
      month: 9,
      day: 13,
      precision: 'day',
    })
  })
  it('reject malformed and impossible dates', () => {
    for (const bad of ['48', '2000-13', '2000-7', '2023-02-30', '2023/09', ' 2023'])
      expect(parsePartialDate(bad), bad).toBeNull()
  })
  it('format without inventing a day or month', () => {
    expect(formatWhen({ kind: 'point', date: '2000-07' })).toBe('July 2000')
    expect(formatWhen({ kind: 'point', date: '1948' })).toBe('1948')
    expect(formatWhen({ kind: 'span', from: '1948', to: '1991' })).toBe('1948–1991')
    expect(formatWhen({ kind: 'undated', note: 'x' })).toBe('Undated')
  })
  it('sort a year before the months of that year', () => {
    expect(sortKey('2023')).toBeLessThan(sortKey('2023-07'))
    expect(sortKey('2023-07')).toBeLessThan(sortKey('2023-09'))
  })
  it('give the years a span touches', () => {
    expect(yearSpan({ kind: 'span', from: '1948', to: '1991' })).toEqual([1948, 1991])
    expect(yearSpan({ kind: 'undated', note: 'x' })).toBeNull()
  })
})
