/**
 * Builds the app (unless asked not to) and serves every page of the run from one `vite preview` on
 * 127.0.0.1: the same server, with the same compression, that the browser tests use.
 *
 *   site/app/      a copy of dist/ (the article's data)
 *   site/app-10k/  the same build with data/*.json swapped for the generated 10,000-event dataset
 *   site/floor/    the floor page (pages.mjs), and site/story-floor/ beside it
 *   site/harness/  the map remount harness (scripts/build-harness.mjs), for the memory figures
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { preview } from 'vite'
import { generateDataset, writeDataset } from '../generate-large-dataset.mjs'
import { nodeModules } from './node-modules.mjs'
import { CACHE, DIST, ROOT, SITE } from './paths.mjs'

export function buildApp() {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
}

export function copyApp() {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ has no build: run without --no-build')
  const app = join(SITE, 'app')
  rmSync(app, { recursive: true, force: true })
  mkdirSync(SITE, { recursive: true })
  cpSync(DIST, app, { recursive: true })
  return app
}

/** The app with the generated dataset, checked first by the app's own parser and cross-checks. */
export async function makeLargeSite({ events = 10_000, flows = 2_000 } = {}) {
  const dir = join(SITE, 'app-10k')
  rmSync(dir, { recursive: true, force: true })
  cpSync(join(SITE, 'app'), dir, { recursive: true })
  const data = generateDataset({ events, flows })
  const { parseDataFile, buildDataset } = await nodeModules()
  const parsed = {}
  for (const name of ['source', 'actors', 'places', 'events', 'flows']) {
    parsed[name] = parseDataFile(name, JSON.parse(JSON.stringify(data[name])))
  }
  buildDataset(parsed.source, parsed) // throws a DataError if a reference does not resolve
  writeDataset(join(dir, 'data'), data)
  return { dir, events: data.events.length, flows: data.flows.length, places: data.places.length }
}

/** @returns {Promise<{ url: (path: string) => string, close: () => Promise<void> }>} */
export async function serveSite(port = 4390) {
  const server = await preview({
    configFile: false,
    root: CACHE,
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir: SITE },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
  const base = `http://127.0.0.1:${port}/`
  return { url: (path) => new URL(path, base).href, close: () => server.close() }
}
