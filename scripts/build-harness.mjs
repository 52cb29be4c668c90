/**
 * Builds the map remount harness (tests/harness/) into a folder of its own, with the project's own
 * Vite config: the same plugins, the same public/ basemap and the same data/ copy as the explorer, but
 * a page the explorer's build (dist/) never contains. The lifecycle test and the benchmark build and
 * serve it themselves; run `npm run build` first, which generates the basemap.
 *
 *   node scripts/build-harness.mjs [outDir]   default: node_modules/.cache/rnk-harness
 */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
export const HARNESS_OUT = join(ROOT, 'node_modules', '.cache', 'rnk-harness')

/** Builds the harness into `outDir` (emptied first); resolves to that folder. */
export async function buildHarness(outDir = HARNESS_OUT) {
  // The project's config imports a .ts helper without an extension; Vite warns about that, harmlessly.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true'
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: join(ROOT, 'tests', 'harness'),
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      // A test page: nothing here is measured for size or read in a debugger.
      sourcemap: false,
      chunkSizeWarningLimit: 5000,
    },
  })
  return outDir
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildHarness(process.argv[2] ? resolve(process.argv[2]) : HARNESS_OUT)
}
