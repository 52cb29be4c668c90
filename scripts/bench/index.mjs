#!/usr/bin/env node
/**
 * npm run bench: builds the app, measures it beside a bare MapLibre page in the real headless browser
 * the tests use, on 127.0.0.1, prints a table of every figure with its target, and writes
 * bench-results/latest.json. A benchmark, not a test: it never fails on a missed target (exit 0),
 * only when it cannot measure.
 *
 *   npm run bench                          everything (about 8 minutes on 2 cores)
 *   npm run bench -- --no-build            reuse dist/
 *   npm run bench -- --only=bytes,derive   some sections; the others are kept from latest.json
 *   npm run bench -- --pairs=9 --runs=31 --lh-runs=5 --lh-mobile-runs=3 --pack-pairs=5
 *   npm run bench -- --only=lighthouse --lh-presets=mobile   one Lighthouse preset; the other is kept
 *   npm run bench -- --port=4391           the pages' server port (default 4390), for runs side by side
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { analyseBuild } from './bytes.mjs'
import { measureDerive } from './derive.mjs'
import { openBrowser, WEBGL_WARNING } from './browser.mjs'
import { measureFloorChanges, measureInteraction } from './interaction.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { measureRemounts } from './memory.mjs'
import { buildHarness } from '../build-harness.mjs'
import { buildFloorPage, buildStoryFloorPage } from './pages.mjs'
import { DIST, RESULTS, ROOT, SITE } from './paths.mjs'
import { evaluateTargets, FEATURES, machine, table, writeResults } from './report.mjs'
import { buildApp, copyApp, makeLargeSite, serveSite } from './serve.mjs'
import { measurePack } from './pack.mjs'
import { measureStartup } from './startup.mjs'

const SECTIONS = ['bytes', 'derive', 'startup', 'pack', 'interaction', 'memory', 'lighthouse']
const opt = (name, fallback) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`))
  return a ? a.slice(name.length + 3) : fallback
}
const only = opt('only', SECTIONS.join(',')).split(',')
const wants = (s) => only.includes(s)
const started = Date.now()
const log = (msg) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`)

const previousFile = join(RESULTS, 'latest.json')
const previous =
  only.length < SECTIONS.length && existsSync(previousFile)
    ? JSON.parse(readFileSync(previousFile, 'utf8'))
    : {}
const results = {
  bytes: previous.bytes ?? null,
  startup: previous.startup ?? null,
  pack: previous.pack ?? null,
  interaction: previous.interaction ?? null,
  derive: previous.derive ?? null,
  memory: previous.memory ?? null,
  lighthouse: previous.lighthouse ?? null,
  meta: { ...previous.meta, sections: { ...previous.meta?.sections } },
  details: { ...previous.details },
}
const notes = []
const stamp = (section) => (results.meta.sections[section] = new Date().toISOString())

if (!process.argv.includes('--no-build')) {
  log('building the app (npm run build)')
  buildApp()
}

if (wants('bytes')) {
  const a = analyseBuild(DIST, { features: FEATURES })
  results.bytes = {
    ...a.bytes,
    ...Object.fromEntries(Object.entries(a.features).map(([id, f]) => [`lazy_${id}_gz`, f.gz])),
  }
  results.details.bytes = {
    groups: a.groups,
    features: a.features,
    own_gz_by_load: a.own_gz_by_load,
    own_top_sources_raw: a.own_top_sources_raw,
    first_screen_own_top_sources_raw: a.first_screen_own_top_sources_raw,
    notes: [
      ...a.notes,
      ...Object.entries(a.features).flatMap(([id, f]) => f.problems.map((p) => `${id}: ${p}`)),
    ],
  }
  stamp('bytes')
  log('bytes measured')
}

if (wants('derive')) {
  log('derive: computeVisible over 100,000 events in Node')
  const d = await measureDerive()
  results.derive = { ms_100k: d.ms_100k }
  results.details.derive = d
  stamp('derive')
}

const browserSections = ['startup', 'pack', 'interaction', 'memory', 'lighthouse'].filter(wants)
if (browserSections.length) {
  log('preparing pages: app copy, 10k dataset, floor, story floor and remount harness pages')
  copyApp()
  const large = await makeLargeSite()
  await buildFloorPage()
  await buildStoryFloorPage()
  if (wants('memory')) await buildHarness(join(SITE, 'harness'))
  const site = await serveSite(Number(opt('port', 4390)))
  try {
    const probe = await openBrowser()
    const ua = await probe.page.evaluate(() => navigator.userAgent)
    await probe.close()
    results.meta.machine = machine(/(Headless)?Chrome\/[\d.]+/.exec(ua)?.[0] ?? ua)

    if (wants('startup')) {
      const pairs = Number(opt('pairs', 8))
      log(`startup: ${pairs} interleaved app/floor/story-floor rounds, fresh browser each`)
      const firstScreen = new Set(analyseBuild(DIST).groups.first_screen_js_gz.map((f) => f.file))
      const s = await measureStartup(site, { pairs, firstScreen, log })
      results.startup = {
        app_idle_ms_median: s.app_idle_ms_median,
        floor_idle_ms_median: s.floor_idle_ms_median,
        ratio: s.ratio,
        app_panel_ready_ms_median: s.app_panel_ready_ms_median,
        story_floor_idle_ms_median: s.story_floor_idle_ms_median,
        story_floor_ratio: s.story_floor_ratio,
        ratio_to_story_floor: s.ratio_to_story_floor,
        shown_ratio: s.shown_ratio,
        lazy_js_on_load: s.lazy_js_on_load,
      }
      results.details.startup = s
      stamp('startup')
    }

    if (wants('pack')) {
      const pairs = Number(opt('pack-pairs', 5))
      log(`pack: ${pairs} interleaved rounds, the offline file from disk and the served app`)
      const p = await measurePack(site, { pairs, log })
      results.pack = {
        file_bytes: p.file_bytes,
        file_gz: p.file_gz,
        file_idle_ms_median: p.file_idle_ms_median,
        app_idle_ms_median: p.app_idle_ms_median,
        startup_ratio: p.startup_ratio,
      }
      results.details.pack = p
      stamp('pack')
    }

    let heapAfterLoad = null
    if (wants('interaction')) {
      const runs = Number(opt('runs', 21))
      log(`interaction: ${runs} filter changes on the article's data`)
      const article = await measureInteraction(site.url('app/'), { runs, withHeap: true })
      heapAfterLoad = article.heap_mb_after_load
      log(`  median ${article.filter_to_idle_ms} ms`)
      log(`interaction: ${runs} filter changes on ${large.events} events / ${large.flows} flows`)
      const big = await measureInteraction(site.url('app-10k/'), { runs })
      log(`  median ${big.filter_to_idle_ms} ms (load to idle ${big.load_idle_ms} ms)`)
      if (big.stalled_after_changes) {
        notes.push(
          `10k: the map stalled after ${big.stalled_after_changes} filter changes (no idle within 20 s); ` +
            `the figure counts that change as infinitely slow (changes that finished: median ${big.completed_median_ms} ms)`,
        )
      }
      const size = article.canvas ?? { w: 692, h: 490 }
      log('interaction: the same kind of change on the floor page, for scale')
      const floor = await measureFloorChanges(site.url(`floor/#w=${size.w}&h=${size.h}`), { runs })
      log(
        `  repaint ${floor.repaint_to_idle_ms} ms, paint ${floor.paint_to_idle_ms} ms, filter ${floor.filter_to_idle_ms} ms`,
      )
      results.interaction = {
        filter_to_idle_ms_article: article.filter_to_idle_ms,
        filter_to_idle_ms_10k: big.filter_to_idle_ms,
      }
      results.details.interaction = { article, large: { ...big, dataset: large }, floor }
      stamp('interaction')
    } else if (wants('memory')) {
      log('memory: the heap after a cold load of the app')
      heapAfterLoad = (
        await measureInteraction(site.url('app/'), { runs: 0, warmup: 0, withHeap: true })
      ).heap_mb_after_load
    }

    if (wants('memory')) {
      log('memory: 20 mounts and unmounts of the map')
      // The map remount harness (tests/harness/), built beside the app with the project's config.
      const m = await measureRemounts(site.url('harness/'))
      const startupWarnings = (results.details.startup?.console_warnings ?? []).filter((l) =>
        WEBGL_WARNING.test(l),
      ).length
      results.memory = {
        heap_mb_after_load: heapAfterLoad,
        heap_growth_mb_20_remounts: m.heap_growth_mb_20_remounts,
        webgl_context_warnings: m.webgl_context_warnings + startupWarnings,
      }
      results.details.memory = m
      stamp('memory')
    }

    if (wants('lighthouse')) {
      const runs = { desktop: Number(opt('lh-runs', 3)), mobile: Number(opt('lh-mobile-runs', 3)) }
      const presets = opt('lh-presets', 'desktop,mobile').split(',')
      log(
        `lighthouse: app and floor, ${presets.map((p) => `${p} ${runs[p]}`).join(' and ')} run(s) each`,
      )
      const l = await measureLighthouse(site, { runs, presets, log })
      // A preset not measured this time keeps its figures from latest.json.
      results.lighthouse = { ...results.lighthouse }
      results.details.lighthouse = { ...results.details.lighthouse, ...l }
      Object.assign(
        results.lighthouse,
        Object.fromEntries(
          Object.entries(l).map(([preset, r]) => [
            preset,
            {
              performance: r.performance,
              accessibility: r.accessibility,
              best_practices: r.best_practices,
              lcp_ms: r.lcp_ms,
              tbt_ms: r.tbt_ms,
              cls: r.cls,
              floor_performance: r.floor_performance,
            },
          ]),
        ),
      )
      stamp('lighthouse')
    }
  } finally {
    await site.close()
  }
}

let commit = null
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim()
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim()
  if (dirty) commit += ' (with uncommitted changes)'
} catch {
  // not a git checkout
}
results.meta = {
  ...results.meta,
  date: new Date().toISOString(),
  commit,
  duration_s: Math.round((Date.now() - started) / 1000),
  // Other work on the machine slows software WebGL: a busy machine explains a noisy run.
  load_average_at_end: loadavg().map((x) => Number(x.toFixed(2))),
  note: 'Software WebGL (SwiftShader) on this machine: compare timings only within one run.',
}
results.notes = notes
const rows = evaluateTargets(results)
results.targets = rows.map(({ figure, value, target, pass }) => ({ figure, value, target, pass }))
const file = writeResults(results)
console.log(`\n${table(rows)}\n`)
for (const n of notes) console.log(`note: ${n}`)
const failed = rows.filter((r) => r.pass === false).map((r) => r.figure)
console.log(failed.length ? `targets missed: ${failed.join(', ')}` : 'all measured targets met')
console.log(`wrote ${file} in ${results.meta.duration_s} s`)
