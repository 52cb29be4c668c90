/** Where the benchmark reads and writes. Everything it generates stays out of git and out of lint. */
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..')
export const DIST = join(ROOT, 'dist')
/** Results: latest.json (gitignored). */
export const RESULTS = join(ROOT, 'bench-results')
/**
 * Everything generated for a run: the floor page's entry, the Node bundle and the served site. Inside
 * node_modules so that bare imports ('maplibre-gl', 'react') resolve from the project and lint,
 * format and tsc never see the built bundles.
 */
export const CACHE = join(ROOT, 'node_modules', '.cache', 'rnk-bench')
export const SITE = join(CACHE, 'site')
