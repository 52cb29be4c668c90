import { describe, expect, it } from 'vitest'
import {
  arcThrough,
  fromMercator,
  laneOffsets,
  pointAlong,
  toMercator,
  unwrapLng,
  unwrapPath,
  type LngLat,
} from '../../src/lib/arcs'

const PYONGYANG: LngLat = [125.754, 39.034]
const MOSCOW: LngLat = [37.618, 55.756]
const WASHINGTON: LngLat = [-77.037, 38.907]
const SEOUL: LngLat = [126.978, 37.566]
const FAR_EAST: LngLat = [135.1, 48.5]

/** Distance of a point from the straight Mercator chord between the ends, in Mercator units (signed). */
function offChord(point: LngLat, from: LngLat, to: LngLat): number {
  const [x0, y0] = toMercator(from)
  const [x1, y1] = toMercator([unwrapLng(to[0], from[0]), to[1]])
  const [x, y] = toMercator(point)
  const dx = x1 - x0
  const dy = y1 - y0
  // Positive to the left of the direction of travel (y grows southwards).
  return (((x - x0) * -dy + (y - y0) * dx) / Math.hypot(dx, dy)) * -1
}

describe('Mercator helpers', () => {
  it('round-trips a point', () => {
    const [lng, lat] = fromMercator(toMercator(PYONGYANG))
    expect(lng).toBeCloseTo(PYONGYANG[0], 9)
    expect(lat).toBeCloseTo(PYONGYANG[1], 9)
  })

  it('unwraps a longitude to within half a turn of the reference', () => {
    expect(unwrapLng(-77, 126)).toBe(283)
    expect(unwrapLng(37.6, 126)).toBe(37.6)
    expect(unwrapLng(170, -170)).toBe(-190)
    const lngs = unwrapPath([PYONGYANG, WASHINGTON, MOSCOW]).map(([lng]) => Number(lng.toFixed(6)))
    expect(lngs).toEqual([125.754, 282.963, 397.618])
  })
})

describe('arcThrough', () => {
  it('starts and ends exactly at the stops', () => {
    const { coordinates } = arcThrough([MOSCOW, PYONGYANG])
    expect(coordinates[0]?.[0]).toBeCloseTo(MOSCOW[0], 9)
    expect(coordinates[0]?.[1]).toBeCloseTo(MOSCOW[1], 9)
    expect(coordinates.at(-1)?.[0]).toBeCloseTo(PYONGYANG[0], 9)
    expect(coordinates.at(-1)?.[1]).toBeCloseTo(PYONGYANG[1], 9)
  })

  it('curves visibly: the middle is well off the straight line, to the left of travel', () => {
    const { midpoint } = arcThrough([MOSCOW, PYONGYANG])
    const [x0, y0] = toMercator(MOSCOW)
    const [x1, y1] = toMercator(PYONGYANG)
    const length = Math.hypot(x1 - x0, y1 - y0)
    // bend 0.22 puts the curve's middle 0.11 of the chord off it.
    expect(offChord(midpoint, MOSCOW, PYONGYANG) / length).toBeCloseTo(0.11, 2)
    // Westward travel: left is south, so the reverse flow bulges the other way and the two do not overlap.
    const back = arcThrough([PYONGYANG, MOSCOW]).midpoint
    expect(back[1]).toBeLessThan(midpoint[1])
  })

  it('crosses the Pacific, not Europe, from Pyongyang to Washington', () => {
    const { coordinates } = arcThrough([PYONGYANG, WASHINGTON])
    const lngs = coordinates.map(([lng]) => lng)
    expect(Math.min(...lngs)).toBeGreaterThanOrEqual(PYONGYANG[0] - 1e-9)
    expect(lngs.at(-1)).toBeCloseTo(360 + WASHINGTON[0], 9)
    // Every step is short: no jump across the map.
    for (let i = 1; i < lngs.length; i++)
      expect(Math.abs((lngs[i] as number) - (lngs[i - 1] as number))).toBeLessThan(10)
  })

  it('goes through via points as consecutive legs, sharing the joins', () => {
    const { coordinates } = arcThrough([FAR_EAST, PYONGYANG, SEOUL], { steps: 10 })
    expect(coordinates).toHaveLength(19)
    expect(coordinates[9]?.[0]).toBeCloseTo(PYONGYANG[0], 9)
    expect(coordinates[9]?.[1]).toBeCloseTo(PYONGYANG[1], 9)
  })

  it('fans out flows over the same leg so they do not overlap', () => {
    const lanes = laneOffsets(4)
    expect(lanes).toEqual([-1.5, -0.5, 0.5, 1.5])
    const middles = lanes.map((lane) => arcThrough([MOSCOW, PYONGYANG], { lanes: [lane] }).midpoint)
    const offsets = middles.map((m) => offChord(m, MOSCOW, PYONGYANG))
    for (let i = 1; i < offsets.length; i++)
      expect((offsets[i] as number) - (offsets[i - 1] as number)).toBeGreaterThan(0.002)
  })

  it('keeps lanes apart on a short leg (Pyongyang to Seoul)', () => {
    const a = arcThrough([PYONGYANG, SEOUL], { lanes: [-0.5] }).midpoint
    const b = arcThrough([PYONGYANG, SEOUL], { lanes: [0.5] }).midpoint
    // minLaneGap 0.003 between control points is 0.0015 between the curves' middles.
    expect(offChord(b, PYONGYANG, SEOUL) - offChord(a, PYONGYANG, SEOUL)).toBeCloseTo(0.0015, 5)
  })

  it('puts the midpoint halfway along the line', () => {
    const { coordinates, midpoint } = arcThrough([FAR_EAST, PYONGYANG, SEOUL])
    const merc = coordinates.map(toMercator)
    let total = 0
    for (let i = 1; i < merc.length; i++)
      total += Math.hypot(merc[i]![0] - merc[i - 1]![0], merc[i]![1] - merc[i - 1]![1])
    const [mx, my] = toMercator(midpoint)
    const [sx, sy] = toMercator(FAR_EAST)
    // The first leg is much longer than the second, so the middle lies on it, about total/2 from the start.
    expect(Math.hypot(mx - sx, my - sy)).toBeLessThan(total / 2)
    expect(Math.hypot(mx - sx, my - sy)).toBeGreaterThan(total / 3)
  })

  it('finds points along the line by screen distance, clamped to its ends', () => {
    const { coordinates, midpoint } = arcThrough([MOSCOW, PYONGYANG])
    expect(pointAlong(coordinates, 0.5)[0]).toBeCloseTo(midpoint[0], 9)
    expect(pointAlong(coordinates, 0)[0]).toBeCloseTo(MOSCOW[0], 9)
    expect(pointAlong(coordinates, 2)[0]).toBeCloseTo(PYONGYANG[0], 9)
    expect(pointAlong(coordinates, 0.25)[0]).toBeLessThan(pointAlong(coordinates, 0.75)[0])
  })

  it('rejects a path with one stop', () => {
    expect(() => arcThrough([PYONGYANG])).toThrow(/at least two stops/)
  })
})
