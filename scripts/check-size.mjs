#!/usr/bin/env node
/**
 * Checks the byte figures of the build in dist/ (gzip, as the benchmark counts them) against the
 * budgets in size-budgets.json. Run after `npm run build`; CI runs it on every `.ci/run`.
 *
 *   npm run size            check dist/
 *   npm run size -- --json  print the figures as JSON too
 *   node scripts/check-size.mjs [dist-dir] [--budgets=file.json]
 *
 * Fails (exit 1) with one line per budget exceeded:
 *   size budget exceeded: <file or group> is N KB gzip, budget M KB
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KB, analyseBuild } from './bench/bytes.mjs'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
const budgetsArg = process.argv.find((a) => a.startsWith('--budgets='))?.slice('--budgets='.length)
const budgets = JSON.parse(readFileSync(budgetsArg ?? join(ROOT, 'size-budgets.json'), 'utf8'))
const dist = resolve(ROOT, process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist')
const { bytes, groups } = analyseBuild(dist)

const kb = (n) => (n / KB).toFixed(1)
/** "basemap/*.json" style patterns: * stays within one path segment. */
const globRe = (g) =>
  new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)

const failures = []
const rows = []
for (const [group, budgetKb] of Object.entries(budgets.groups)) {
  const value = bytes[group]
  if (value === undefined) throw new Error(`size-budgets.json names an unknown group "${group}"`)
  if (value === null) {
    failures.push(
      `size budget exceeded: ${group} could not be measured (no source maps in ${dist})`,
    )
    continue
  }
  const ok = value <= budgetKb * KB
  rows.push([group, kb(value), budgetKb, ok])
  if (!ok) {
    const biggest = (groups[group] ?? [])
      .slice(0, 3)
      .map((f) => `${f.file} ${kb(f.gz)} KB`)
      .join(', ')
    failures.push(
      `size budget exceeded: ${group} is ${kb(value)} KB gzip, budget ${budgetKb} KB` +
        (biggest ? `\n  largest: ${biggest}` : ''),
    )
  }
}
const allFiles = groups.first_load_total_gz.concat(groups.other_lazy_js_gz)
for (const [pattern, budgetKb] of Object.entries(budgets.files ?? {})) {
  const re = globRe(pattern)
  const matched = allFiles.filter((f) => re.test(f.file))
  if (matched.length === 0) {
    failures.push(
      `size budget not checked: no file in ${dist} matches "${pattern}" (renamed or missing?)`,
    )
  }
  for (const f of matched) {
    const ok = f.gz <= budgetKb * KB
    rows.push([f.file, kb(f.gz), budgetKb, ok])
    if (!ok)
      failures.push(`size budget exceeded: ${f.file} is ${kb(f.gz)} KB gzip, budget ${budgetKb} KB`)
  }
}

const w = Math.max(...rows.map((r) => r[0].length))
for (const [name, value, budget, ok] of rows) {
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(w)} ${value.padStart(7)} KB gzip  (budget ${budget} KB)`,
  )
}
if (process.argv.includes('--json')) console.log(JSON.stringify(bytes, null, 2))
if (failures.length) {
  console.error(`\n${failures.join('\n')}`)
  process.exit(1)
}
console.log('\nall size budgets met')
