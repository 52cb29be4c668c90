/**
 * The page the benchmark builds itself, with the project's own Vite config (same plugins, target and base,
 * the same public/ basemap and the same data/ copy), so they are built exactly like the app:
 *
 * - floor: MapLibre, the app's basemap style and camera, the two font faces that style draws its labels
 *   with, and nothing else. The app cannot start faster than this.
 * - story-floor: the floor plus the article's places and flows, drawn the cheapest way we found: the
 *   data through the app's own loader, then the map made with one circle layer (places) and one line
 *   layer (flows, coloured by actor) already in its style, so they load and draw with the basemap. No
 *   React, no panels, no buttons, no arrows or casing. What drawing the story at all costs over the floor.
 *
 * The entry is generated under node_modules/.cache so bare imports resolve and no tool lints them.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { CACHE, ROOT, SITE } from './paths.mjs'

const html = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="${title}" />
    <link rel="icon" type="image/svg+xml" href="./favicon.svg" />
    <title>${title}</title>
  </head>
  <body>
    ${body}
    <script type="module" src="./entry.js"></script>
  </body>
</html>
`

// The floor page reads its map size from the hash (#w=..&h=..) so it draws as many pixels as the
// app's map column; without it the map fills the window.
const FLOOR_ENTRY = `
import 'maplibre-gl/dist/maplibre-gl.css'
import '@fontsource/atkinson-hyperlegible/latin-400.css'
import '@fontsource/atkinson-hyperlegible/latin-700.css'
import { Map, setWorkerUrl } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { basemapStyle } from '${ROOT}/src/map/basemap-style.ts'
import { DEFAULT_CAMERA } from '${ROOT}/src/lib/explorer-view.ts'

setWorkerUrl(workerUrl)
const size = new URLSearchParams(location.hash.slice(1))
const el = document.getElementById('map')
if (size.get('w')) el.style.width = size.get('w') + 'px'
if (size.get('h')) el.style.height = size.get('h') + 'px'
const map = new Map({
  container: el,
  style: basemapStyle(),
  center: [...DEFAULT_CAMERA.center],
  zoom: DEFAULT_CAMERA.zoom,
  bearing: DEFAULT_CAMERA.bearing,
  pitch: DEFAULT_CAMERA.pitch,
})
// The benchmark times a bare MapLibre change here (interaction.mjs, measureFloorChanges).
window.__floorMap = map
// Marked like the app's map, so the benchmark's probe times both pages the same way.
map.once('idle', () => el.setAttribute('data-map-state', 'idle'))
`
const FLOOR_BODY = `<main aria-label="Map"><div id="map" style="width:100vw;height:100vh"></div></main>
    <style>html,body{margin:0;height:100%}</style>`

// The story floor: the same page, but the map waits for the data and has the story in its first style.
const STORY_FLOOR_ENTRY = FLOOR_ENTRY.replace(
  'import { DEFAULT_CAMERA }',
  `import { fetchDataset } from '${ROOT}/src/data/dataset.ts'
import { flowArcs, flowFeatures } from '${ROOT}/src/map/flow-geometry.ts'
import { DEFAULT_CAMERA }`,
)
  .replace(
    'const map = new Map({',
    `const data = await fetchDataset()
const style = basemapStyle()
style.sources['story-flows'] = { type: 'geojson', data: flowFeatures(data, flowArcs(data)) }
style.sources['story-places'] = {
  type: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: data.places.map((p) => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [p.lngLat[0], p.lngLat[1]] },
    })),
  },
}
style.layers.push({
  id: 'story-flows',
  type: 'line',
  source: 'story-flows',
  paint: { 'line-color': ['get', 'colour'], 'line-width': 3 },
})
style.layers.push({
  id: 'story-places',
  type: 'circle',
  source: 'story-places',
  paint: { 'circle-radius': 7, 'circle-color': '#1f5f99', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
})
const map = new Map({`,
  )
  .replace('style: basemapStyle(),', 'style,')

async function buildPage(name, title, body, entry) {
  // The project's config imports a .ts helper without an extension; that is for its authors to change.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true'
  const root = join(CACHE, 'pages', name)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
  writeFileSync(join(root, 'index.html'), html(title, body))
  writeFileSync(join(root, 'entry.js'), entry)
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root,
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir: join(SITE, name),
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
    },
  })
  return join(SITE, name)
}

export function buildFloorPage() {
  return buildPage('floor', 'Floor: MapLibre and the basemap', FLOOR_BODY, FLOOR_ENTRY)
}

export function buildStoryFloorPage() {
  return buildPage(
    'story-floor',
    "Story floor: MapLibre, the basemap and the article's places and flows",
    FLOOR_BODY,
    STORY_FLOOR_ENTRY,
  )
}
