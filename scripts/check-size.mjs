#!/usr/bin/env node
/**
 * Checks the byte figures of the build in dist/ (gzip, as the benchmark counts them) against the
 * budgets in size-budgets.json: groups (first_screen_own_js_gz, first_screen_css_gz…), each lazy
 * feature's JS and CSS, and each file. Run after `npm run build`; CI runs it on every `.ci/run`.
 *
 *   npm run size            check dist/
 *   npm run size -- --json  print the figures as JSON too
 *   node scripts/check-size.mjs [dist-dir] [--budgets=file.json]
 *
 * Fails (exit 1) with one line per budget exceeded, naming the group, feature or file:
 *   size budget exceeded: <group> is N KB gzip, budget M KB
 *   size budget exceeded: lazy feature <id> (<what>) is N KB gzip, budget M KB
 *   size budget exceeded: lazy feature <id> (<what>) CSS is N KB gzip, budget M KB
 *   lazy feature <id> is no longer lazy: <module> is in the first screen (<file>)
 *   size budget exceeded: <file> is N KB gzip, budget M KB
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KB, analyseBuild } from './bench/bytes.mjs'

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..')
const budgetsArg = process.argv.find((a) => a.startsWith('--budgets='))?.slice('--budgets='.length)
const budgets = JSON.parse(readFileSync(budgetsArg ?? join(ROOT, 'size-budgets.json'), 'utf8'))
const dist = resolve(ROOT, process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? 'dist')
const features = budgets.features ?? {}
const analysis = analyseBuild(dist, { features })
const { bytes, groups } = analysis

const kb = (n) => (n / KB).toFixed(1)
/** "basemap/*.json" style patterns: * stays within one path segment. */
const globRe = (g) =>
  new RegExp(`^${g.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
const largest = (files) =>
  files
    .slice(0, 3)
    .map((f) => `${f.file} ${kb(f.gz)} KB`)
    .join(', ')

/** For a group over budget: what is biggest in it. */
function whatIsIn(group) {
  if (group === 'first_screen_own_js_gz') {
    const sources = analysis.first_screen_own_top_sources_raw
      .slice(0, 5)
      .map((s) => `${s.source} ${kb(s.raw)} KB`)
      .join(', ')
    return `\n  first-screen files: ${largest(groups.first_screen_js_gz)}\n  largest own sources (raw): ${sources}`
  }
  const files = largest(groups[group] ?? [])
  return files ? `\n  largest: ${files}` : ''
}

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
  if (!ok)
    failures.push(
      `size budget exceeded: ${group} is ${kb(value)} KB gzip, budget ${budgetKb} KB${whatIsIn(group)}`,
    )
}
for (const [id, spec] of Object.entries(features)) {
  const f = analysis.features[id]
  const name = `lazy feature ${id}`
  for (const problem of f.problems) {
    failures.push(
      problem.includes('first screen')
        ? `${name} is no longer lazy: ${problem}; its first use should import it, not the first screen`
        : `${name} not checked: ${problem} (renamed or moved? size-budgets.json names it)`,
    )
  }
  const ok = f.problems.length === 0 && f.gz <= spec.js_budget * KB
  rows.push([name, kb(f.gz), spec.js_budget, ok])
  if (f.gz > spec.js_budget * KB)
    failures.push(
      `size budget exceeded: ${name} (${spec.what}) is ${kb(f.gz)} KB gzip, budget ${spec.js_budget} KB\n  its files: ${largest(f.files)}`,
    )
  // No css_budget: the feature brings no stylesheet of its own, and one that appears is a decision.
  const cssBudget = spec.css_budget ?? 0
  rows.push([`${name} CSS`, kb(f.css_gz), cssBudget, f.css_gz <= cssBudget * KB])
  if (f.css_gz > cssBudget * KB)
    failures.push(
      `size budget exceeded: ${name} (${spec.what}) CSS is ${kb(f.css_gz)} KB gzip, budget ${cssBudget} KB\n  its files: ${largest(f.css_files)}`,
    )
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
    rows.push([`${f.file} (${pattern})`, kb(f.gz), budgetKb, ok])
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
