import { describe, expect, it } from 'vitest'
import { fitPadding, obstructionPadding } from '../../src/map/fit-padding'

describe('obstructionPadding', () => {
  it('gives up the cheaper side for a corner box: height on a wide map, width on a tall one', () => {
    const legend = { left: 10, top: 800, right: 330, bottom: 1070 }
    expect(obstructionPadding(1200, 1080, [legend])).toEqual({
      top: 0,
      bottom: 280,
      left: 0,
      right: 0,
    })
    const tallLegend = { left: 0, top: 100, right: 120, bottom: 900 }
    expect(obstructionPadding(1200, 1000, [tallLegend]).left).toBe(120)
  })

  it('takes the deepest box per side, and ignores boxes off the map', () => {
    const p = obstructionPadding(1000, 600, [
      { left: 900, top: 0, right: 1000, bottom: 80 },
      { left: 950, top: 0, right: 1000, bottom: 140 },
      { left: 2000, top: 0, right: 2100, bottom: 600 },
    ])
    expect(p).toEqual({ top: 0, bottom: 0, left: 0, right: 100 })
  })

  it('keeps a sheet over the bottom of a phone map out of the frame', () => {
    expect(
      obstructionPadding(390, 500, [{ left: 0, top: 320, right: 390, bottom: 500 }]).bottom,
    ).toBe(180)
  })
})

describe('fitPadding', () => {
  it('adds room for names on every side', () => {
    expect(fitPadding(1000, 800, [], { x: 90, y: 40 })).toEqual({
      top: 40,
      bottom: 40,
      left: 90,
      right: 90,
    })
  })

  it('never leaves less than the minimum share of the map to frame into', () => {
    const p = fitPadding(390, 400, [{ left: 0, top: 200, right: 390, bottom: 400 }], {
      x: 90,
      y: 40,
    })
    expect(390 - p.left - p.right).toBeGreaterThanOrEqual(390 * 0.35 - 1)
    expect(400 - p.top - p.bottom).toBeGreaterThanOrEqual(400 * 0.35 - 1)
    // Squeezed in proportion: the covered side still gets most of the padding.
    expect(p.bottom).toBeGreaterThan(p.top)
  })
})
