#!/usr/bin/env node
/**
 * Says whether dist/ was built from the sources as they are now, so the browser tests can reuse a
 * build instead of making the same one again (CI builds once, then runs `npm test`).
 *
 *   node scripts/build-stamp.mjs begin   before a build: notes the sources' fingerprint, drops the stamp
 *   node scripts/build-stamp.mjs end     after a build that succeeded: stamps dist/ with that fingerprint
 *   node scripts/build-stamp.mjs check   exit 0 if dist/ is stamped for the current sources, 1 if not
 *
 * The fingerprint is a hash of every file the build reads (below), taken before the build starts, so
 * a file edited during a build leaves the stamp stale. The stamp also holds a hash of dist/ as built,
 * so a dist/ changed or replaced by anything else is not mistaken for this build. It lives in
 * node_modules/.cache, not in dist/, so it is never deployed; `npm ci` starts without one.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
const DIST = join(ROOT, 'dist')
const CACHE = join(ROOT, 'node_modules', '.cache', 'rnk-explorer')
const STAMP = join(CACHE, 'build-stamp.json')
const PENDING = join(CACHE, 'build-pending.json')

/** Folders whose every file the build reads (public/basemap is generated from the basemap script). */
const SOURCE_DIRS = ['src', 'data', 'public']
const SKIP_DIRS = new Set([join('public', 'basemap')])
/** Single files the build reads: the page, the build's configuration and plugins, the dependencies. */
const SOURCE_FILES = [
  'index.html',
  'vite.config.ts',
  'vite.offline.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts/build-basemap.mjs',
  'scripts/vite-plugin-csp.ts',
  'scripts/vite-plugin-data.ts',
  'scripts/vite-plugin-offline.ts',
  'scripts/pwa-options.ts',
]

function filesUnder(dir) {
  const abs = join(ROOT, dir)
  if (!existsSync(abs)) return []
  return readdirSync(abs, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => ![...SKIP_DIRS].some((skip) => f.startsWith(skip + sep)))
}

/** sha256 over the sorted paths and contents, so a rename counts as a change too. */
function hashFiles(base, files) {
  const hash = createHash('sha256')
  for (const f of [...files].sort()) {
    hash.update(`${f.split(sep).join('/')}\0`)
    hash.update(readFileSync(join(base, f)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

const sourcesHash = () =>
  hashFiles(ROOT, [
    ...SOURCE_DIRS.flatMap(filesUnder),
    ...SOURCE_FILES.filter((f) => existsSync(join(ROOT, f))),
  ])

const distHash = () =>
  hashFiles(
    DIST,
    filesUnder('dist').map((f) => relative('dist', f)),
  )

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const command = process.argv[2]
if (command === 'begin') {
  mkdirSync(CACHE, { recursive: true })
  rmSync(STAMP, { force: true })
  writeFileSync(PENDING, JSON.stringify({ sources: sourcesHash() }))
} else if (command === 'end') {
  const pending = readJson(PENDING)
  if (!pending) throw new Error('build-stamp: "end" without "begin"')
  writeFileSync(
    STAMP,
    JSON.stringify({ ...pending, dist: distHash(), at: new Date().toISOString() }),
  )
  rmSync(PENDING, { force: true })
} else if (command === 'check') {
  const stamp = readJson(STAMP)
  const why = !existsSync(join(DIST, 'index.html'))
    ? 'there is no build in dist/'
    : !stamp
      ? 'dist/ has no stamp from a finished build'
      : stamp.sources !== sourcesHash()
        ? 'the sources changed since dist/ was built'
        : stamp.dist !== distHash()
          ? 'dist/ changed since it was built'
          : null
  if (why) {
    console.log(`build-stamp: ${why}; building.`)
    process.exit(1)
  }
  console.log(`build-stamp: dist/ was built from these sources at ${stamp.at}; reusing it.`)
} else {
  console.error('usage: node scripts/build-stamp.mjs begin|end|check')
  process.exit(2)
}
