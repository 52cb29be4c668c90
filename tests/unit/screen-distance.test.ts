import { describe, expect, it } from 'vitest'
import { distanceToLines, distanceToSegment, nearestLine } from '../../src/map/screen-distance'

describe('screen distances', () => {
  it('measures to the nearest point of a segment, its ends included', () => {
    const a = { x: 0, y: 0 }
    const b = { x: 10, y: 0 }
    expect(distanceToSegment({ x: 5, y: 3 }, a, b)).toBe(3)
    expect(distanceToSegment({ x: -3, y: 4 }, a, b)).toBe(5)
    expect(distanceToSegment({ x: 13, y: 4 }, a, b)).toBe(5)
    expect(distanceToSegment({ x: 1, y: 1 }, a, a)).toBeCloseTo(Math.SQRT2)
  })

  it('takes the nearest of several pieces of a line', () => {
    const pieces = [
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 20 },
        { x: 10, y: 20 },
        { x: 10, y: 30 },
      ],
    ]
    expect(distanceToLines({ x: 5, y: 18 }, pieces)).toBe(2)
    expect(distanceToLines({ x: 12, y: 25 }, pieces)).toBe(2)
    expect(distanceToLines({ x: 5, y: 5 }, [])).toBe(Infinity)
  })

  it('picks the nearest candidate, the first on a tie, and nothing from nothing', () => {
    const line = (y: number) => [
      [
        { x: 0, y },
        { x: 10, y },
      ],
    ]
    const p = { x: 5, y: 0 }
    expect(
      nearestLine(p, [
        { id: 'far', lines: line(6) },
        { id: 'near', lines: line(-2) },
      ]),
    ).toBe('near')
    expect(
      nearestLine(p, [
        { id: 'top', lines: line(3) },
        { id: 'under', lines: line(-3) },
      ]),
    ).toBe('top')
    expect(nearestLine(p, [])).toBeUndefined()
    expect(nearestLine(p, [{ id: 'empty', lines: [] }])).toBeUndefined()
  })
})
