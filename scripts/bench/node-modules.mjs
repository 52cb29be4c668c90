/**
 * The project's TypeScript modules the benchmark needs in Node (the browser helpers shared with the
 * tests, the visibility derivation and the data validator), bundled once with Vite's SSR build so plain
 * Node can import them: Node 20 cannot strip types and no TS runner is installed.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import { CACHE, ROOT } from './paths.mjs'

const ENTRY = `
export { chromiumExecutable, CHROMIUM_ARGS, freshProfileDir } from '${ROOT}/tests/support/browser.ts'
export { computeVisible } from '${ROOT}/src/lib/visibility.ts'
export { yearSpan } from '${ROOT}/src/lib/dates.ts'
export { DEFAULT_FILTERS, YEAR_MIN, YEAR_MAX } from '${ROOT}/src/lib/explorer-view.ts'
export { FLOW_KINDS, CONFIDENCE } from '${ROOT}/src/data/schema.ts'
export { parseDataFile } from '${ROOT}/src/data/files.ts'
export { buildDataset } from '${ROOT}/src/data/dataset.ts'
`

let loaded

/** @returns {Promise<Record<string, any>>} */
export async function nodeModules() {
  if (loaded) return loaded
  const dir = join(CACHE, 'node')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'entry.js'), ENTRY)
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    build: {
      ssr: join(dir, 'entry.js'),
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  })
  loaded = await import(pathToFileURL(join(dir, 'out', 'entry.mjs')).href)
  return loaded
}
