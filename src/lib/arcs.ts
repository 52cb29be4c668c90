/**
 * Curved flow lines. A great circle between two places in North-East Asia looks straight on a Web
 * Mercator map, so a flow is drawn as a quadratic bezier in Mercator space: it bulges visibly and always
 * the same way for the same pair of places. Pure, so it is unit-tested without a map.
 *
 * Longitudes are "unwrapped": each point is shifted by whole turns so it is at most 180 degrees from the
 * point before it. An arc from Pyongyang (126 E) to Washington (77 W) therefore ends at 283 and crosses the
 * Pacific, not Europe. MapLibre draws coordinates past 180 on the next copy of the world.
 */

export type LngLat = readonly [number, number]
/** Web Mercator with the world as the unit square: x east from 180 W, y south from the top. */
type Mercator = readonly [number, number]

/** Beyond these latitudes Web Mercator goes to infinity; nothing in the story is near them. */
const MAX_LAT = 85.05112878

export function toMercator([lng, lat]: LngLat): Mercator {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2]
}

export function fromMercator([x, y]: Mercator): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI
  return [x * 360 - 180, lat]
}

/** `lng` moved by whole turns to lie within 180 degrees of `reference`. */
export function unwrapLng(lng: number, reference: number): number {
  return lng - 360 * Math.round((lng - reference) / 360)
}

/** Each point unwrapped against the one before it, so no leg is longer than half the world. */
export function unwrapPath(points: readonly LngLat[]): [number, number][] {
  const out: [number, number][] = []
  for (const [lng, lat] of points) {
    const prev = out[out.length - 1]
    out.push([prev ? unwrapLng(lng, prev[0]) : lng, lat])
  }
  return out
}

export interface BendOptions {
  /** The bulge every flow gets, as a fraction of the leg's length (0.25 bows the middle out by 1/8). */
  bend?: number
  /**
   * This flow's place in a bundle of flows over the same leg: 0 for the middle, ±1 for its neighbours
   * (halves for an even count, see `laneOffsets`). Lanes fan out so parallel flows do not hide each other.
   */
  lane?: number
  /** Distance between lanes as a fraction of the leg, kept between `minLaneGap` and `maxLaneGap`. */
  laneGap?: number
  /** In Mercator units (1 = the world's width); stop short legs collapsing and long ones splaying. */
  minLaneGap?: number
  maxLaneGap?: number
  /** Points per leg, ends included. */
  steps?: number
}

export const DEFAULT_BEND = {
  bend: 0.22,
  lane: 0,
  laneGap: 0.12,
  // At the default zoom (3.4, a world about 5,400 px wide) these are about 16 px and 54 px between lanes.
  minLaneGap: 0.003,
  maxLaneGap: 0.01,
  steps: 48,
} as const satisfies Required<BendOptions>

/** Lane numbers for `count` flows over one leg, centred on 0: 1 -> [0], 2 -> [-0.5, 0.5], 3 -> [-1, 0, 1]. */
export function laneOffsets(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i - (count - 1) / 2)
}

/**
 * One leg as Mercator points. The control point sits off the chord's middle, to the left of the direction
 * of travel, by `bend × length + lane × gap`. `to` must already be unwrapped against `from`.
 */
function legPoints(from: LngLat, to: LngLat, o: Required<BendOptions>): Mercator[] {
  const p0 = toMercator(from)
  const p2 = toMercator(to)
  const dx = p2[0] - p0[0]
  const dy = p2[1] - p0[1]
  const length = Math.hypot(dx, dy)
  if (length === 0) return [p0, p2]
  const gap = Math.max(o.minLaneGap, Math.min(o.maxLaneGap, o.laneGap * length))
  const offset = o.bend * length + o.lane * gap
  // y grows southwards, so (dy, -dx) is the left-hand normal of the direction of travel.
  const cx = (p0[0] + p2[0]) / 2 + (dy / length) * offset
  const cy = (p0[1] + p2[1]) / 2 - (dx / length) * offset
  const points: Mercator[] = []
  for (let i = 0; i < o.steps; i++) {
    const t = i / (o.steps - 1)
    const a = (1 - t) * (1 - t)
    const b = 2 * (1 - t) * t
    const c = t * t
    points.push([a * p0[0] + b * cx + c * p2[0], a * p0[1] + b * cy + c * p2[1]])
  }
  return points
}

/** The point `fraction` of the way along a polyline, measured in Mercator (so on screen, at any zoom). */
function along(points: readonly Mercator[], fraction: number): Mercator {
  const first = points[0]
  if (!first) throw new Error('pointAlong: no points')
  const lengths: number[] = []
  let total = 0
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] as Mercator
    const [x1, y1] = points[i] as Mercator
    const l = Math.hypot(x1 - x0, y1 - y0)
    lengths.push(l)
    total += l
  }
  let remaining = total * Math.max(0, Math.min(1, fraction))
  for (let i = 1; i < points.length; i++) {
    const l = lengths[i - 1] as number
    if (remaining <= l && l > 0) {
      const [x0, y0] = points[i - 1] as Mercator
      const [x1, y1] = points[i] as Mercator
      const t = remaining / l
      return [x0 + (x1 - x0) * t, y0 + (y1 - y0) * t]
    }
    remaining -= l
  }
  return points[points.length - 1] as Mercator
}

/** The point `fraction` (0 to 1) of the way along a line of [lng, lat] coordinates. */
export function pointAlong(coordinates: readonly LngLat[], fraction: number): [number, number] {
  return fromMercator(along(coordinates.map(toMercator), fraction))
}

export interface Arc {
  /** LineString coordinates, [lng, lat], longitudes unwrapped (may pass 180). */
  coordinates: [number, number][]
  /** Halfway along the whole line, where a flow's button goes. */
  midpoint: [number, number]
}

/**
 * A curved line through `stops` (from, any via points, to), one bezier leg between each consecutive pair.
 * `lanes` gives each leg's lane (see `BendOptions.lane`); missing entries mean the middle lane.
 */
export function arcThrough(
  stops: readonly LngLat[],
  options: Omit<BendOptions, 'lane'> & { lanes?: readonly number[] } = {},
): Arc {
  if (stops.length < 2) throw new Error(`arcThrough needs at least two stops, got ${stops.length}`)
  const { lanes = [], ...rest } = options
  const path = unwrapPath(stops)
  const merc: Mercator[] = []
  for (let i = 1; i < path.length; i++) {
    const o = { ...DEFAULT_BEND, ...rest, lane: lanes[i - 1] ?? 0 }
    const leg = legPoints(path[i - 1] as LngLat, path[i] as LngLat, o)
    // Legs share their joining point: keep it once.
    merc.push(...(i === 1 ? leg : leg.slice(1)))
  }
  return { coordinates: merc.map(fromMercator), midpoint: fromMercator(along(merc, 0.5)) }
}
