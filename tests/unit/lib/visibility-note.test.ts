import { describe, expect, it } from 'vitest'
import type { Loose } from '../../../src/lib/visibility'
import { looseNote, yearsText } from '../../../src/lib/visibility-note'

const none = { has: () => false, size: 0, [Symbol.iterator]: [][Symbol.iterator] }
const loose = (undated: [number, number], runPast: [number, number]): Loose => ({
  events: none,
  flows: none,
  places: none,
  undated: { events: undated[0], flows: undated[1] },
  runPast: { events: runPast[0], flows: runPast[1] },
})

describe('looseNote', () => {
  it('says nothing when the years keep nothing in loosely', () => {
    expect(looseNote(loose([0, 0], [0, 0]), [2022, 2023])).toBeNull()
  })
  it('counts events and flows together, with both reasons', () => {
    expect(looseNote(loose([6, 3], [1, 0]), [2022, 2023])).toBe(
      'Includes 9 undated items and 1 era reaching beyond 2022–2023, drawn lighter.',
    )
  })
  it('one reason at a time, singular and plural', () => {
    expect(looseNote(loose([1, 0], [0, 0]), [2022, 2023])).toBe(
      'Includes 1 undated item, drawn lighter.',
    )
    expect(looseNote(loose([0, 0], [1, 1]), [1960, 1960])).toBe(
      'Includes 2 eras reaching beyond 1960, drawn lighter.',
    )
  })
  it('names a single year as itself', () => {
    expect(yearsText([2023, 2023])).toBe('2023')
    expect(yearsText([1948, 1991])).toBe('1948–1991')
  })
})
