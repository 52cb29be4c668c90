/**
 * The Natural Earth 1:50m countries the basemap is drawn from (world-atlas), for checking that points
 * meant to sit at a border do. Only for tests: the app ships its own basemap built from the same files.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'

/** [longitude, latitude]; GeoJSON's own type allows more members, which are ignored. */
type Position = readonly number[]
type Ring = readonly Position[]

const atlasDir = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'))
const topology = JSON.parse(
  readFileSync(join(atlasDir, 'countries-50m.json'), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>
const countries = topology.objects.countries

function geometryOf(name: string) {
  const g = countries.geometries.find((c) => (c.properties as { name?: string })?.name === name)
  if (!g) throw new Error(`Natural Earth has no country named "${name}"`)
  return g
}

function inRing([x, y]: readonly [number, number], ring: Ring): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!
    const [xj = 0, yj = 0] = ring[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Is the point inside the named country's land (holes excluded)? */
export function insideCountry(point: readonly [number, number], name: string): boolean {
  const f = feature(topology, geometryOf(name))
  if (f.type !== 'Feature') throw new Error(`"${name}" is not a single country`)
  const g = f.geometry
  const polygons =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
  return polygons.some(
    (rings: Ring[]) =>
      rings[0] !== undefined &&
      inRing(point, rings[0]) &&
      !rings.slice(1).some((hole) => inRing(point, hole)),
  )
}

/** The border two countries share, as lines. */
export function sharedBorder(a: string, b: string): Position[][] {
  const ga = geometryOf(a)
  const gb = geometryOf(b)
  return mesh(topology, countries, (x, y) => (x === ga && y === gb) || (x === gb && y === ga))
    .coordinates
}

/** Shortest distance in km from a point to a set of lines, on a local flat projection (fine over tens of km). */
export function kmToLines(
  point: readonly [number, number],
  lines: readonly (readonly Position[])[],
): number {
  const kmPerDegLat = 111.2
  const kmPerDegLng = kmPerDegLat * Math.cos((point[1] * Math.PI) / 180)
  const toKm = ([lng = 0, lat = 0]: Position): [number, number] => [
    (lng - point[0]) * kmPerDegLng,
    (lat - point[1]) * kmPerDegLat,
  ]
  let best = Infinity
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = toKm(line[i - 1]!)
      const [bx, by] = toKm(line[i]!)
      const dx = bx - ax
      const dy = by - ay
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)))
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy))
    }
  return best
}
