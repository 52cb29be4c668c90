/**
 * The flows' icons (the arrowhead along every flow, the bar across the end of one that ended), as
 * signed-distance-field images so one image takes each flow's colour through `icon-color` (and a white
 * halo). Built as pixels rather than on a canvas: no glyphs or sprite sheet to fetch, and it works the
 * same in tests.
 */

export interface SdfImage {
  width: number
  height: number
  data: Uint8ClampedArray
}

/** MapLibre reads alpha 0.75 as the shape's edge, as TinySDF writes it; `radius` px span the ramp. */
const EDGE = 0.25
const RADIUS = 6

type Point = readonly [number, number]

/** Signed distance to a convex polygon: negative inside. Exact inside, slightly short past corners. */
function signedDistance(p: Point, polygon: readonly Point[]): number {
  const cx = polygon.reduce((s, q) => s + q[0], 0) / polygon.length
  const cy = polygon.reduce((s, q) => s + q[1], 0) / polygon.length
  let worst = -Infinity
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as Point
    const b = polygon[(i + 1) % polygon.length] as Point
    const len = Math.hypot(b[0] - a[0], b[1] - a[1])
    let nx = (b[1] - a[1]) / len
    let ny = -(b[0] - a[0]) / len
    // Point the normal away from the middle whatever the vertex order.
    if ((cx - a[0]) * nx + (cy - a[1]) * ny > 0) {
      nx = -nx
      ny = -ny
    }
    worst = Math.max(worst, (p[0] - a[0]) * nx + (p[1] - a[1]) * ny)
  }
  return worst
}

/** The image of a shape made of convex polygons, as distances from its edge. */
function sdfOf(size: number, parts: readonly (readonly Point[])[]): SdfImage {
  const data = new Uint8ClampedArray(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [x + 0.5, y + 0.5]
      const d = Math.min(...parts.map((part) => signedDistance(p, part)))
      const i = (y * size + x) * 4
      data[i] = 255
      data[i + 1] = 255
      data[i + 2] = 255
      data[i + 3] = Math.round(255 * (1 - (d / RADIUS + EDGE)))
    }
  }
  return { width: size, height: size, data }
}

/** A bar standing north-south: turned by `icon-rotate`, it closes the end of a line that ended. */
export function endBarIcon(size = 40): SdfImage {
  const s = size / 40
  return sdfOf(size, [
    [
      [15 * s, 2 * s],
      [25 * s, 2 * s],
      [25 * s, 38 * s],
      [15 * s, 38 * s],
    ],
  ])
}

/** A solid arrowhead pointing right (+x), which `symbol-placement: line` turns to follow the line. */
export function arrowIcon(size = 40): SdfImage {
  const s = size / 40
  // A notched arrowhead reads as "direction" better than a plain triangle; drawn as two convex halves.
  const upper: Point[] = [
    [9 * s, 8 * s],
    [32 * s, 20 * s],
    [14 * s, 20 * s],
  ]
  const lower: Point[] = [
    [9 * s, 32 * s],
    [32 * s, 20 * s],
    [14 * s, 20 * s],
  ]
  return sdfOf(size, [upper, lower])
}
