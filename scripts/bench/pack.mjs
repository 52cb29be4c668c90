/**
 * pack: the offline file (dist/rnk-map-explorer-offline.html, issue 13) beside the served app. Its
 * bytes (as written, and gzipped as a mail or a download would carry it), and its first map idle when
 * opened from disk against the served app's, interleaved file/app, a fresh browser each load, the
 * file copied alone into a folder of its own. Ratio per pair (file/app), then the median; the issue's
 * target is 1.3x. A benchmark: it never fails on a missed target.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gz } from './bytes.mjs'
import { DIST } from './paths.mjs'
import { loadOnce } from './startup.mjs'
import { median, round } from './stats.mjs'

export const OFFLINE_FILE = 'rnk-map-explorer-offline.html'

export function packBytes(dist = DIST) {
  const buf = readFileSync(join(dist, OFFLINE_FILE))
  return { file_bytes: buf.length, file_gz: gz(buf) }
}

export async function measurePack(site, { pairs = 5, log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rnk-bench-pack-'))
  copyFileSync(join(DIST, OFFLINE_FILE), join(dir, OFFLINE_FILE))
  const fileUrl = pathToFileURL(join(dir, OFFLINE_FILE)).href
  const runs = []
  for (let i = 0; i < pairs; i++) {
    const file = await loadOnce(fileUrl, true)
    const app = await loadOnce(site.url('app/'), true)
    runs.push({ file, app, ratio: file.idle_ms / app.idle_ms })
    log(
      `pack round ${i + 1}/${pairs}: file ${Math.round(file.idle_ms)} ms, app ${Math.round(app.idle_ms)} ms, ` +
        `file/app ${(file.idle_ms / app.idle_ms).toFixed(2)}`,
    )
  }
  return {
    ...packBytes(),
    file_idle_ms_median: round(median(runs.map((r) => r.file.idle_ms))),
    app_idle_ms_median: round(median(runs.map((r) => r.app.idle_ms))),
    startup_ratio: round(median(runs.map((r) => r.ratio)), 3),
    pairs,
    ratios: runs.map((r) => round(r.ratio, 3)),
    file_idle_ms: runs.map((r) => round(r.file.idle_ms)),
    app_idle_ms: runs.map((r) => round(r.app.idle_ms)),
    file_blocking_ms_median: round(median(runs.map((r) => r.file.blocking_ms))),
    console_warnings: [...new Set(runs.flatMap((r) => r.file.warnings))],
    outside_requests: [...new Set(runs.flatMap((r) => r.file.outside))],
  }
}
