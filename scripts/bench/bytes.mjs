/**
 * Byte figures of a build, read from the files (shared by `npm run bench` and `npm run size`).
 * All gzip figures are zlib level 9 of each file; fonts and images are counted as they are (already
 * compressed). "Initial" is what index.html loads before any dynamic import: its scripts, module
 * preloads and their static imports; the map chunk is the dynamic import of map-view and what it
 * alone needs.
 *
 * The first screen is what index.html loads before any user action to show the explorer with its
 * map: the initial files and the map chunk (which the entry imports once the data is drawn). Every
 * other JS file is lazy, loaded when a feature is first used; a feature's bytes are the JS files its
 * first use fetches that the first screen has not (`features`), and the stylesheets Vite loads with
 * them. Which files a cold load really asks for is checked in the browser by the benchmark
 * (startup.lazy_js_on_load).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { splitBySource } from './sourcemap.mjs'

export const KB = 1024
const COMPRESSIBLE = /\.(m?js|css|html|json|svg|txt)$/

/** The libraries that are not "our code" (app_own_js_gz), by the path in the source map. */
export const FRAMEWORK =
  /node_modules\/(react|react-dom|scheduler|maplibre-gl|zustand|@tanstack\/(react-query|query-core)|workbox-window)\//

export const gz = (buf) => gzipSync(buf, { level: 9 }).length

/**
 * Rolldown's own helpers (CommonJS interop), in a chunk of their own when the chunks that share them
 * differ from every other chunk's sharers. No source of ours is in it, so it has no source map; its
 * bytes count as generated code, as they do when they sit inside a chunk that has one.
 */
const BUNDLER_RUNTIME = /(^|\/)rolldown-runtime-[\w-]+\.js$/

const SERVICE_WORKER = /^(sw|workbox-[\w-]+)\.js$/
const OFFLINE_PAGE = /^[^/]+-offline\.html$/

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** Static import and re-export specifiers in emitted ESM (not dynamic import()). */
function staticImports(code) {
  const out = new Set()
  const re =
    /\b(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*|[\w$]+(?:\s*,\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+))?)?\s*(?:from)?\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g
  for (const m of code.matchAll(re)) out.add(m[1])
  return out
}

/**
 * The stylesheets each dynamic import brings, by the file it imports: Vite's preload helper is handed
 * the CSS (and JS) a lazy chunk needs beside the import, as indices into the file's __vite__mapDeps list:
 *   import(`./Handout-x.js`).then(…),__vite__mapDeps([6,2,7,8])   m.f||(m.f=[…,"./Handout-y.css"])
 */
function cssOfDynamicImports(code) {
  const list = /\bm\.f\s*=\s*\[([^\]]*)\]/.exec(code)?.[1]
  const deps = list ? [...list.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]) : []
  const out = new Map()
  // The list follows the import's callback, which may go on with .then(…); no other import between.
  const re =
    /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)(?:(?!\bimport\()[^]){0,300}?__vite__mapDeps\(\[([\d,\s]*)\]\)/g
  for (const m of code.matchAll(re)) {
    const css = m[2]
      .split(',')
      .map((i) => deps[Number(i)])
      .filter((d) => d?.endsWith('.css'))
    out.set(m[1], [...(out.get(m[1]) ?? []), ...css])
  }
  return out
}

function dynamicImports(code) {
  return new Set(
    [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
  )
}

/** A source map's path as the budgets name it: "src/…" or "node_modules/…", without leading "../". */
const sourceKey = (source) => source.replace(/^(\.\.\/)+/, '')

/**
 * @param {string} dir a build (dist/)
 * @param {{ features?: Record<string, { entries: string[] }> }} [opts] lazy features by the source
 *   modules their first use imports (size-budgets.json "features")
 */
export function analyseBuild(dir, { features = {} } = {}) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build first`)
  let files = walk(dir)
    .map((abs) => posix.normalize(relative(dir, abs).split('\\').join('/')))
    .filter((f) => !f.endsWith('.map'))
  // The service worker (vite-plugin-pwa: sw.js and its Workbox runtime) runs beside the page, never
  // in it, and the offline file is a page of its own (the `pack` section measures it): neither is
  // part of what the app loads.
  const serviceWorker = files.filter((f) => SERVICE_WORKER.test(f))
  files = files.filter((f) => !serviceWorker.includes(f) && !OFFLINE_PAGE.test(f))
  const size = new Map()
  const sizeOf = (f) => {
    if (!size.has(f)) {
      const buf = readFileSync(join(dir, f))
      size.set(f, { raw: buf.length, gz: COMPRESSIBLE.test(f) ? gz(buf) : buf.length })
    }
    return size.get(f)
  }
  const read = (f) => readFileSync(join(dir, f), 'utf8')
  const html = read('index.html')
  const fromHtml = (re) =>
    [...html.matchAll(re)].map((m) => posix.normalize(m[1].replace(/^\.?\//, '')))
  const entries = fromHtml(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)
  const initialCss = fromHtml(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)

  const resolveIn = (from, spec) => posix.normalize(posix.join(posix.dirname(from), spec))
  const closure = (start, exclude = new Set()) => {
    const seen = new Set()
    const todo = [...start]
    while (todo.length) {
      const f = todo.pop()
      if (seen.has(f) || exclude.has(f) || !files.includes(f)) continue
      seen.add(f)
      for (const s of staticImports(read(f))) todo.push(resolveIn(f, s))
    }
    return seen
  }
  // What runs before the map can start: the entry and everything it imports statically. A modulepreload
  // link alone would not make a file initial: the file is still imported lazily.
  const initial = closure(entries)
  const lazyRoots = new Set()
  /** JS file -> the stylesheets loaded with it when it is imported lazily. */
  const cssWith = new Map()
  for (const f of files.filter((x) => /\.m?js$/.test(x))) {
    const code = read(f)
    for (const s of dynamicImports(code)) lazyRoots.add(resolveIn(f, s))
    for (const [s, sheets] of cssOfDynamicImports(code)) {
      const target = resolveIn(f, s)
      const known = cssWith.get(target) ?? new Set()
      for (const c of sheets) known.add(resolveIn(f, c))
      cssWith.set(target, known)
    }
  }
  const cssFor = (jsFiles) => new Set([...jsFiles].flatMap((f) => [...(cssWith.get(f) ?? [])]))
  const mapRoots = [...lazyRoots].filter((f) => /(^|\/)map-view[-.]/.test(f))
  const mapChunk = closure(mapRoots, initial)
  const worker = files.filter((f) => /maplibre-gl-worker[^/]*\.m?js$/.test(f))
  const js = files.filter((f) => /\.m?js$/.test(f))
  const otherLazy = js.filter((f) => !initial.has(f) && !mapChunk.has(f) && !worker.includes(f))
  const css = files.filter((f) => f.endsWith('.css'))
  const fonts = files.filter((f) => f.endsWith('.woff2'))
  const basemap = files.filter((f) => f.startsWith('basemap/'))
  const data = files.filter((f) => f.startsWith('data/'))
  const icons = files.filter((f) => /^[^/]+\.(svg|png|ico)$/.test(f))

  const sum = (list) => [...list].reduce((n, f) => n + sizeOf(f).gz, 0)
  const list = (l) => [...l].map((f) => ({ file: f, ...sizeOf(f) })).sort((a, b) => b.gz - a.gz)

  const firstScreen = new Set([...initial, ...mapChunk])
  // The page's own stylesheets and the ones the map chunk brings (MapLibre's and src/map's).
  const firstScreenCss = new Set([...initialCss, ...cssFor(mapRoots)])

  // Our own code: every byte of app JS (not the worker) whose source is not a framework library.
  const own = []
  const ownByLoad = { initial: [], map_chunk: [], other_lazy: [] }
  const ownBySource = new Map()
  const firstScreenOwnBySource = new Map()
  /** Source modules in each JS file, by its source map. */
  const sourcesIn = new Map()
  let mapsMissing = 0
  for (const f of js.filter((x) => !worker.includes(x))) {
    const mapFile = join(dir, `${f}.map`)
    let parts
    if (existsSync(mapFile)) {
      const map = JSON.parse(readFileSync(mapFile, 'utf8'))
      sourcesIn.set(f, new Set(map.sources.map(sourceKey)))
      parts = splitBySource(read(f), map)
    } else if (BUNDLER_RUNTIME.test(f)) parts = new Map([['(generated)', read(f)]])
    else {
      mapsMissing++
      continue
    }
    for (const [source, text] of parts) {
      if (FRAMEWORK.test(source)) continue
      own.push(text)
      const load = initial.has(f) ? 'initial' : mapChunk.has(f) ? 'map_chunk' : 'other_lazy'
      ownByLoad[load].push(text)
      const key = sourceKey(source)
      ownBySource.set(key, (ownBySource.get(key) ?? 0) + text.length)
      if (firstScreen.has(f))
        firstScreenOwnBySource.set(key, (firstScreenOwnBySource.get(key) ?? 0) + text.length)
    }
  }
  const ownGz = mapsMissing ? null : gz(Buffer.from(own.join('')))
  const firstScreenOwnGz = mapsMissing
    ? null
    : gz(Buffer.from([...ownByLoad.initial, ...ownByLoad.map_chunk].join('')))
  const top = (bySource, n = 12) =>
    [...bySource]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([source, raw]) => ({ source, raw }))

  // Each lazy feature: the files holding its entry modules, what they import statically, less the
  // first screen. An entry module found in a first-screen file means the feature is no longer lazy.
  const featureResults = {}
  for (const [id, spec] of Object.entries(features)) {
    const problems = []
    const fetched = new Set()
    for (const entry of spec.entries) {
      const holders = [...sourcesIn].filter(([, s]) => s.has(entry)).map(([f]) => f)
      if (holders.length === 0) problems.push(`${entry} is in no JS file of ${dir}`)
      for (const f of holders) {
        if (firstScreen.has(f)) problems.push(`${entry} is in the first screen (${f})`)
        else for (const c of closure([f], firstScreen)) fetched.add(c)
      }
    }
    const sheets = [...cssFor(fetched)].filter((c) => !firstScreenCss.has(c))
    featureResults[id] = {
      gz: sum(fetched),
      files: list(fetched),
      css_gz: sum(sheets),
      css_files: list(sheets),
      problems,
    }
  }

  const firstLoad = new Set([
    'index.html',
    ...icons,
    ...initial,
    ...mapChunk,
    ...worker,
    ...css,
    ...fonts,
    ...basemap,
    ...data,
  ])
  return {
    bytes: {
      initial_js_gz: sum(initial),
      map_chunk_gz: sum(mapChunk),
      worker_gz: sum(worker),
      other_lazy_js_gz: sum(otherLazy),
      app_own_js_gz: ownGz,
      first_screen_own_js_gz: firstScreenOwnGz,
      css_gz: sum(css),
      initial_css_gz: sum(initialCss),
      first_screen_css_gz: sum(firstScreenCss),
      fonts_woff2: sum(fonts),
      basemap_gz: sum(basemap),
      data_gz: sum(data),
      first_load_total_gz: sum(firstLoad),
      service_worker_gz: sum(serviceWorker),
    },
    groups: {
      initial_js_gz: list(initial),
      map_chunk_gz: list(mapChunk),
      first_screen_js_gz: list(firstScreen),
      worker_gz: list(worker),
      other_lazy_js_gz: list(otherLazy),
      css_gz: list(css),
      first_screen_css_gz: list(firstScreenCss),
      fonts_woff2: list(fonts),
      basemap_gz: list(basemap),
      data_gz: list(data),
      first_load_total_gz: list(firstLoad),
    },
    own_top_sources_raw: top(ownBySource),
    first_screen_own_top_sources_raw: top(firstScreenOwnBySource),
    /** The lazy features asked for, each: { gz, files, css_gz, css_files, problems }. */
    features: featureResults,
    /** Our code by when it loads (each part gzipped alone, so they add up to a little more). */
    own_gz_by_load: mapsMissing
      ? null
      : Object.fromEntries(
          Object.entries(ownByLoad).map(([k, v]) => [k, gz(Buffer.from(v.join('')))]),
        ),
    notes: mapsMissing ? [`${mapsMissing} JS files have no source map: app_own_js_gz unknown`] : [],
  }
}
