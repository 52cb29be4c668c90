/**
 * Builds the offline basemap from Natural Earth (world-atlas TopoJSON) into public/basemap/:
 *   land.json    - land polygons: 1:50m where the story happens, 1:110m for the rest of the world
 *   borders.json - land borders between countries as lines, at the same two levels of detail
 *
 * Land is chosen whole polygon by polygon rather than clipped to the detail boxes, so the style can
 * stroke the polygons as the coastline without drawing the cut edges. Lines are clipped exactly.
 * Output depends only on the input files, so every build writes the same bytes; when neither the
 * inputs (this script, the TopoJSON files, topojson-client) nor the outputs changed since the last run,
 * the files are left as they are (a hash of both is kept in node_modules/.cache).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { feature, mesh } from 'topojson-client'

/**
 * [west, south, east, north] in degrees, where the story's places are and 1:50m detail is worth its
 * bytes: North-East and Central Asia; Ukraine, the Black Sea and Moscow.
 */
const DETAIL_BOXES = [
  [60, 15, 180, 72],
  [20, 40, 60, 62],
]
/**
 * Natural Earth 4.1 puts Crimea inside Russia, its de facto view, so it draws a border across the
 * Perekop isthmus. We show internationally recognised borders (UN General Assembly resolution
 * 68/262) and drop the lines in this box, the only ones there, which leaves Crimea with Ukraine.
 */
const CRIMEA = [32, 44, 36.8, 46.4]
/** 50m land reaches this far past a box so no island falls between the two levels of detail. */
const MARGIN = 1
/**
 * Antarctica is left out: nothing in the story is there, Mercator blows it up across the bottom of
 * the world view, and its ring only closes through the pole.
 */
const SOUTHERNMOST = -60
/** Decimals kept: 3 is about 100 m, finer than 1:50m; 2 is plenty for 1:110m. */
const DECIMALS = { detail: 3, coarse: 2 }

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'public', 'basemap')
const atlasDir = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'))
const readTopology = (name) => JSON.parse(readFileSync(join(atlasDir, name), 'utf8'))
const TOPOLOGIES = ['land-50m.json', 'land-110m.json', 'countries-50m.json', 'countries-110m.json']
const OUTPUTS = ['land.json', 'borders.json']
const STAMP = join(root, 'node_modules', '.cache', 'rnk-explorer', 'basemap.json')

/**
 * world-atlas stitches rings across the antimeridian (a jump from 180 to -180 between two points),
 * which a flat map draws as a band across the world. Shifting each point after a jump by 360 makes
 * the ring continuous; MapLibre wraps longitudes beyond 180 onto the neighbouring world copy.
 */
function unwrap(points) {
  let shift = 0
  let previous
  return points.map(([lon, lat]) => {
    if (previous !== undefined) {
      const step = lon + shift - previous
      if (step > 180) shift -= 360
      else if (step < -180) shift += 360
    }
    previous = lon + shift
    return [previous, lat]
  })
}

const lonRange = (ring) => [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))]
const shiftLon = (ring, by) => (by === 0 ? ring : ring.map(([lon, lat]) => [lon + by, lat]))

/** Unwraps every ring and moves the polygon so its west edge lies in [-180, 180). */
function normalisePolygon(polygon) {
  const [outer, ...holes] = polygon.map(unwrap)
  const [west] = lonRange(outer)
  const outerShift = -360 * Math.floor((west + 180) / 360)
  const shiftedWest = west + outerShift
  // A hole may have come out of unwrapping a turn away from its outer ring: bring it back.
  const moved = holes.map((hole) =>
    shiftLon(hole, -360 * Math.floor((hole[0][0] - shiftedWest) / 360)),
  )
  return [shiftLon(outer, outerShift), ...moved]
}

function bbox(ring) {
  const lats = ring.map((p) => p[1])
  return [...lonRange(ring), Math.min(...lats), Math.max(...lats)]
}

/** Tried one turn either way too, since a ring west of -180 is the same place as one east of 180. */
function touchesDetail([west, east, south, north], margin) {
  return [-360, 0, 360].some((turn) =>
    DETAIL_BOXES.some(
      ([w, s, e, n]) =>
        west + turn <= e + margin &&
        east + turn >= w - margin &&
        south <= n + margin &&
        north >= s - margin,
    ),
  )
}

function polygonsOf(topology) {
  const collection = feature(topology, topology.objects.land)
  return collection.features.flatMap(({ geometry }) =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  )
}

/** Rounds, and drops the repeated points that rounding makes (a quarter of them at 1:110m). */
function roundPoints(points, decimals) {
  const factor = 10 ** decimals
  const out = []
  for (const [lon, lat] of points) {
    const point = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor]
    const prev = out[out.length - 1]
    if (!prev || prev[0] !== point[0] || prev[1] !== point[1]) out.push(point)
  }
  return out
}

/** An island whose outer ring collapses to fewer than 4 points is dropped with its holes. */
function roundPolygon(polygon, decimals) {
  const [outer, ...holes] = polygon.map((ring) => roundPoints(ring, decimals))
  if (outer.length < 4) return null
  return [outer, ...holes.filter((ring) => ring.length >= 4)]
}

function buildLand(detail, coarse) {
  const pick = (topology, keep) =>
    polygonsOf(topology)
      .map(normalisePolygon)
      .map((polygon) => ({ polygon, box: bbox(polygon[0]) }))
      .filter(({ box }) => box[3] > SOUTHERNMOST)
      .filter(({ box }) => keep(touchesDetail(box, MARGIN), touchesDetail(box, 0)))
      .map(({ polygon }) => polygon)
  const fine = pick(detail, (nearDetail) => nearDetail)
  const rest = pick(coarse, (_near, inDetail) => !inDetail)
  return [
    ...fine.map((polygon) => roundPolygon(polygon, DECIMALS.detail)),
    ...rest.map((polygon) => roundPolygon(polygon, DECIMALS.coarse)),
  ].filter((polygon) => polygon !== null)
}

/** Cuts a line where it jumps across the antimeridian, ending one piece at ±180 and starting the next. */
function splitAtAntimeridian(line) {
  const pieces = [[line[0]]]
  for (let i = 1; i < line.length; i++) {
    const [lon0, lat0] = line[i - 1]
    const [lon1, lat1] = line[i]
    if (Math.abs(lon1 - lon0) > 180) {
      const edge = lon0 > 0 ? 180 : -180
      const unwrapped = lon1 + (lon0 > 0 ? 360 : -360)
      const lat = lat0 + ((lat1 - lat0) * (edge - lon0)) / (unwrapped - lon0)
      pieces[pieces.length - 1].push([edge, lat])
      pieces.push([[-edge, lat]])
    }
    pieces[pieces.length - 1].push(line[i])
  }
  return pieces
}

const pointAlong = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
const insideAny = (boxes, [lon, lat]) =>
  boxes.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n)

/** Where segment a-b crosses the edges of the boxes, as fractions of its length. */
function crossings(a, b, boxes) {
  const ts = [0, 1]
  for (const [w, s, e, n] of boxes) {
    for (const [axis, edge] of [
      [0, w],
      [0, e],
      [1, s],
      [1, n],
    ]) {
      const delta = b[axis] - a[axis]
      const t = delta === 0 ? -1 : (edge - a[axis]) / delta
      if (t <= 0 || t >= 1) continue
      // Only the side of the box counts, not the whole meridian or parallel it lies on.
      const [lon, lat] = pointAlong(a, b, t)
      if (axis === 0 ? lat >= s && lat <= n : lon >= w && lon <= e) ts.push(t)
    }
  }
  return ts.sort((x, y) => x - y)
}

/**
 * Keeps the parts of a line that lie inside (wantInside) or outside the boxes. Each piece between
 * two crossings is wholly in or out, so its middle decides.
 */
function clipLine(line, boxes, wantInside) {
  const pieces = []
  let current = null
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]
    const b = line[i]
    const at = (t) => pointAlong(a, b, t)
    const ts = crossings(a, b, boxes)
    for (let k = 1; k < ts.length; k++) {
      if (insideAny(boxes, at((ts[k - 1] + ts[k]) / 2)) !== wantInside) {
        current = null
        continue
      }
      if (!current) {
        current = [at(ts[k - 1])]
        pieces.push(current)
      }
      current.push(at(ts[k]))
    }
  }
  return pieces
}

function buildBorders(detail, coarse) {
  const linesOf = (topology) =>
    mesh(topology, topology.objects.countries, (a, b) => a !== b)
      .coordinates.flatMap(splitAtAntimeridian)
      .flatMap((line) => clipLine(line, [CRIMEA], false))
  const keep = (topology, wantInside, decimals) =>
    linesOf(topology)
      .flatMap((line) => clipLine(line, DETAIL_BOXES, wantInside))
      .map((line) => roundPoints(line, decimals))
      .filter((line) => line.length >= 2)
  return [...keep(detail, true, DECIMALS.detail), ...keep(coarse, false, DECIMALS.coarse)]
}

function write(name, geometry) {
  const collection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry }],
  }
  const text = Buffer.from(JSON.stringify(collection))
  writeFileSync(join(outDir, name), text)
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
  // Level 6, as vite preview and most servers send it.
  const gzip = gzipSync(text).length
  console.log(`basemap/${name}: ${kb(text.length)} raw, ${kb(gzip)} gzip`)
  return gzip
}

/** Hashes of the basemap's inputs and of the files written: a run changing nothing is skipped. */
function fingerprint() {
  const hash = (files) => {
    const h = createHash('sha256')
    for (const f of files) h.update(existsSync(f) ? readFileSync(f) : 'missing').update('\0')
    return h.digest('hex')
  }
  const topojson = createRequire(import.meta.url).resolve('topojson-client/package.json')
  return {
    inputs: hash([
      fileURLToPath(import.meta.url),
      topojson,
      ...TOPOLOGIES.map((t) => join(atlasDir, t)),
    ]),
    outputs: hash(OUTPUTS.map((o) => join(outDir, o))),
  }
}

const before = fingerprint()
const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : null
if (stamp?.inputs === before.inputs && stamp?.outputs === before.outputs) {
  console.log('basemap: up to date (inputs and outputs unchanged since it was last built)')
  process.exit(0)
}

const started = performance.now()
mkdirSync(outDir, { recursive: true })
const countries50 = readTopology('countries-50m.json')
const countries110 = readTopology('countries-110m.json')
const land = buildLand(readTopology('land-50m.json'), readTopology('land-110m.json'))
const borders = buildBorders(countries50, countries110)
const total =
  write('land.json', { type: 'MultiPolygon', coordinates: land }) +
  write('borders.json', { type: 'MultiLineString', coordinates: borders })
console.log(
  `basemap: ${(total / 1024).toFixed(1)} KB gzip in all, ${Math.round(performance.now() - started)} ms`,
)
mkdirSync(dirname(STAMP), { recursive: true })
writeFileSync(STAMP, JSON.stringify(fingerprint()))
