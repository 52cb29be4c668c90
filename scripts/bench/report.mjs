/**
 * The targets from the performance issue, the table printed at the end of a run (Markdown, so it can
 * be pasted into README.md as is) and bench-results/latest.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { join } from 'node:path'
import { KB } from './bytes.mjs'
import { RESULTS, ROOT } from './paths.mjs'

/** The lazy features and their budgets, as `npm run size` checks them (size-budgets.json). */
export const FEATURES = JSON.parse(readFileSync(join(ROOT, 'size-budgets.json'), 'utf8')).features

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj)

/** [path in results, unit, target description, check(value, results) -> boolean] */
export const TARGETS = [
  ['bytes.initial_js_gz', 'KB', '<= 150 KB', (v) => v <= 150 * KB],
  ['bytes.map_chunk_gz', 'KB'],
  ['bytes.worker_gz', 'KB'],
  ['bytes.first_screen_own_js_gz', 'KB', '<= 45 KB', (v) => v <= 45 * KB],
  ['bytes.app_own_js_gz', 'KB'],
  ['bytes.first_screen_css_gz', 'KB'],
  ['bytes.css_gz', 'KB'],
  ['bytes.basemap_gz', 'KB'],
  ['bytes.data_gz', 'KB'],
  ['bytes.first_load_total_gz', 'KB', '<= 900 KB', (v) => v <= 900 * KB],
  ...Object.entries(FEATURES).map(([id, f]) => [
    `bytes.lazy_${id}_gz`,
    'KB',
    `<= ${f.js_budget} KB`,
    (v) => v <= f.js_budget * KB,
  ]),
  ['startup.app_idle_ms_median', 'ms'],
  ['startup.floor_idle_ms_median', 'ms'],
  ['startup.ratio', 'x', '<= 1.15', (v) => v <= 1.15],
  ['startup.app_panel_ready_ms_median', 'ms'],
  ['startup.story_floor_idle_ms_median', 'ms'],
  ['startup.story_floor_ratio', 'x'],
  ['startup.ratio_to_story_floor', 'x'],
  ['startup.shown_ratio', 'x'],
  ['startup.lazy_js_on_load', '', '0', (v) => v === 0],
  ['pack.file_bytes', '', '<= 3000000', (v) => v <= 3_000_000],
  ['pack.file_gz', 'KB'],
  ['pack.file_idle_ms_median', 'ms'],
  ['pack.app_idle_ms_median', 'ms'],
  ['pack.startup_ratio', 'x', '<= 1.3', (v) => v <= 1.3],
  ['interaction.filter_to_idle_ms_article', 'ms', '<= 50 ms', (v) => v <= 50],
  ['interaction.filter_to_idle_ms_10k', 'ms', '<= 150 ms', (v) => v <= 150],
  ['derive.ms_100k', 'ms', '<= 10 ms', (v) => v <= 10],
  ['memory.heap_mb_after_load', 'MB'],
  ['memory.heap_growth_mb_20_remounts', 'MB', '<= 5 MB', (v) => v <= 5],
  ['memory.webgl_context_warnings', '', '0', (v) => v === 0],
  ...['desktop', 'mobile'].flatMap((p) => [
    [
      `lighthouse.${p}.performance`,
      'score',
      '>= floor',
      (v, r) => v >= r.lighthouse[p].floor_performance,
    ],
    [`lighthouse.${p}.floor_performance`, 'score'],
    [`lighthouse.${p}.accessibility`, 'score', '1.00', (v) => v === 1],
    [
      `lighthouse.${p}.best_practices`,
      'score',
      p === 'desktop' ? '1.00' : undefined,
      p === 'desktop' ? (v) => v === 1 : undefined,
    ],
    [`lighthouse.${p}.lcp_ms`, 'ms'],
    [`lighthouse.${p}.tbt_ms`, 'ms'],
    [`lighthouse.${p}.cls`, ''],
  ]),
]

function format(v, unit) {
  if (v === null || v === undefined) return 'not measured'
  if (unit === 'KB') return `${(v / KB).toFixed(1)} KB`
  if (unit === 'ms') return `${Number(v).toFixed(v < 100 ? 1 : 0)} ms`
  if (unit === 'MB') return `${Number(v).toFixed(2)} MB`
  if (unit === 'x') return `${Number(v).toFixed(2)}x`
  if (unit === 'score') return Number(v).toFixed(2)
  if (typeof v === 'number' && !Number.isInteger(v)) return v.toFixed(3)
  return String(v)
}

export function evaluateTargets(results) {
  return TARGETS.map(([path, unit, target, check]) => {
    const value = get(results, path)
    const measured = value !== null && value !== undefined
    const pass = check && measured ? Boolean(check(value, results)) : null
    return {
      figure: path,
      value: measured ? value : null,
      shown: format(value, unit),
      target: target ?? '',
      pass,
    }
  })
}

export function table(rows) {
  const head = ['figure', 'value', 'target', 'result']
  const body = rows.map((r) => [
    r.figure,
    r.shown,
    r.target,
    r.pass === null ? (r.target ? 'not measured' : '') : r.pass ? 'pass' : 'FAIL',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)))
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n')
}

export function machine(browserVersion) {
  const c = cpus()
  return {
    load_average_at_start: loadavg().map((x) => Number(x.toFixed(2))),
    cpu: c[0]?.model ?? 'unknown',
    cores: c.length,
    memory_gb: Math.round(totalmem() / 1024 ** 3),
    os: `${process.platform} ${release()}`,
    node: process.version,
    browser: browserVersion,
    webgl: 'SwiftShader (software), headless',
  }
}

export function writeResults(results) {
  mkdirSync(RESULTS, { recursive: true })
  const file = join(RESULTS, 'latest.json')
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
  return file
}
