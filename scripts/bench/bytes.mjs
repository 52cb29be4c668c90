/**
 * Byte figures of a build, read from the files (shared by `npm run bench` and `npm run size`).
 * All gzip figures are zlib level 9 of each file; fonts and images are counted as they are (already
 * compressed). "Initial" is what index.html loads before any dynamic import: its scripts, module
 * preloads and their static imports; the map chunk is the dynamic import of map-view and what it
 * alone needs.
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

function dynamicImports(code) {
  return new Set(
    [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
  )
}

/**
 * @param {string} dir a build (dist/)
 */
export function analyseBuild(dir) {
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
  // What runs before the map can start: the entry and everything it imports statically. The map chunk
  // is modulepreloaded from index.html (fetched in parallel with the shell) but still imported lazily,
  // so a modulepreload link alone does not make a file initial.
  const initial = closure(entries)
  const lazyRoots = new Set()
  for (const f of files.filter((x) => /\.m?js$/.test(x))) {
    for (const s of dynamicImports(read(f))) lazyRoots.add(resolveIn(f, s))
  }
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

  // Our own code: every byte of app JS (not the worker) whose source is not a framework library.
  const own = []
  const ownByLoad = { initial: [], map_chunk: [], other_lazy: [] }
  const ownBySource = new Map()
  let mapsMissing = 0
  for (const f of js.filter((x) => !worker.includes(x))) {
    const mapFile = join(dir, `${f}.map`)
    let parts
    if (existsSync(mapFile))
      parts = splitBySource(read(f), JSON.parse(readFileSync(mapFile, 'utf8')))
    else if (BUNDLER_RUNTIME.test(f)) parts = new Map([['(generated)', read(f)]])
    else {
      mapsMissing++
      continue
    }
    for (const [source, text] of parts) {
      if (FRAMEWORK.test(source)) continue
      own.push(text)
      const load = initial.has(f) ? 'initial' : mapChunk.has(f) ? 'map_chunk' : 'other_lazy'
      ownByLoad[load].push(text)
      const key = source.replace(/^(\.\.\/)+/, '')
      ownBySource.set(key, (ownBySource.get(key) ?? 0) + text.length)
    }
  }
  const ownGz = mapsMissing ? null : gz(Buffer.from(own.join('')))
  const topOwn = [...ownBySource]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([source, raw]) => ({ source, raw }))

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
      css_gz: sum(css),
      initial_css_gz: sum(initialCss),
      fonts_woff2: sum(fonts),
      basemap_gz: sum(basemap),
      data_gz: sum(data),
      first_load_total_gz: sum(firstLoad),
      service_worker_gz: sum(serviceWorker),
    },
    groups: {
      initial_js_gz: list(initial),
      map_chunk_gz: list(mapChunk),
      worker_gz: list(worker),
      other_lazy_js_gz: list(otherLazy),
      css_gz: list(css),
      fonts_woff2: list(fonts),
      basemap_gz: list(basemap),
      data_gz: list(data),
      first_load_total_gz: list(firstLoad),
    },
    own_top_sources_raw: topOwn,
    /** Our code by when it loads (each part gzipped alone, so they add up to a little more). */
    own_gz_by_load: mapsMissing
      ? null
      : Object.fromEntries(
          Object.entries(ownByLoad).map(([k, v]) => [k, gz(Buffer.from(v.join('')))]),
        ),
    notes: mapsMissing ? [`${mapsMissing} JS files have no source map: app_own_js_gz unknown`] : [],
  }
}
