/**
 * Lighthouse 12.2.3 (the last major that runs on Node 20) against the app and the floor page in the
 * same run, desktop and mobile presets, each on a fresh Chromium with our flags and a fresh profile.
 * Lighthouse talks to the browser over a DevTools port we open ourselves, so no launcher is needed.
 */
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { nodeModules } from './node-modules.mjs'

async function launchForLighthouse() {
  const { chromiumExecutable, CHROMIUM_ARGS, freshProfileDir } = await nodeModules()
  const profile = freshProfileDir()
  const child = spawn(
    await chromiumExecutable(),
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise((resolve, reject) => {
    let err = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${err}`)), 30_000)
    child.stderr.on('data', (d) => {
      err += d
      const m = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(err)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    })
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)))
  })
  return {
    port,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** @param {string} url @param {'desktop'|'mobile'} preset */
export async function runLighthouse(url, preset) {
  const chrome = await launchForLighthouse()
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    const lhr = result.lhr
    const audit = (id) => lhr.audits[id]?.numericValue ?? null
    /** What an audit points at: element selectors and snippets, or script URLs, a few of each. */
    const items = (id, n = 5) =>
      (lhr.audits[id]?.details?.items ?? []).slice(0, n).map((it) => {
        const node = it.node ?? it.element ?? it.subItems?.items?.[0]?.node
        if (node) {
          // An accessibility finding says why (axe's explanation) and, for overlaps, what with.
          const related = it.subItems?.items?.[0]?.relatedNode
          const why = [
            node.explanation?.replace(/\s+/g, ' '),
            related && `next to: ${related.selector} (${related.nodeLabel ?? ''})`,
          ].filter(Boolean)
          return [`${node.selector ?? ''} ${node.snippet ?? ''}`.trim().slice(0, 200), ...why].join(
            ' | ',
          )
        }
        if (it.url) return `${it.url} ${Math.round(it.total ?? it.wastedMs ?? 0)} ms`
        if (it.groupLabel) return `${it.groupLabel} ${Math.round(it.duration)} ms`
        return JSON.stringify(it).slice(0, 200)
      })
    const failing = (cat) =>
      Object.fromEntries(
        lhr.categories[cat].auditRefs
          .filter(
            (r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1,
          )
          .map((r) => [r.id, items(r.id)]),
      )
    return {
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
      best_practices: lhr.categories['best-practices'].score,
      lcp_ms: audit('largest-contentful-paint'),
      tbt_ms: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      fcp_ms: audit('first-contentful-paint'),
      si_ms: audit('speed-index'),
      failing: {
        accessibility: failing('accessibility'),
        best_practices: failing('best-practices'),
      },
      layout_shifts: items('layout-shifts'),
      main_thread: items('mainthread-work-breakdown', 6),
      bootup: items('bootup-time', 4),
      runtime_error: lhr.runtimeError?.message ?? null,
      warnings: lhr.runWarnings,
    }
  } finally {
    await chrome.close()
  }
}

/**
 * Each preset: app and floor alternately, `runs` times each (three by default: both presets carry a
 * target against the floor); the median-performance run of each is kept (Lighthouse's own advice for
 * noisy machines), with every score recorded.
 */
export async function measureLighthouse(
  site,
  { runs = { desktop: 3, mobile: 3 }, presets = ['desktop', 'mobile'], log = () => {} } = {},
) {
  const out = {}
  for (const preset of presets) {
    const app = []
    const floor = []
    for (let i = 0; i < runs[preset]; i++) {
      app.push(await runLighthouse(site.url('app/'), preset))
      log(`lighthouse ${preset} app run ${i + 1}: performance ${app.at(-1).performance}`)
      floor.push(await runLighthouse(site.url('floor/'), preset))
      log(`lighthouse ${preset} floor run ${i + 1}: performance ${floor.at(-1).performance}`)
    }
    const pickMedian = (list) =>
      [...list].sort((a, b) => a.performance - b.performance)[Math.floor((list.length - 1) / 2)]
    const a = pickMedian(app)
    const f = pickMedian(floor)
    out[preset] = {
      performance: a.performance,
      accessibility: a.accessibility,
      best_practices: a.best_practices,
      lcp_ms: a.lcp_ms,
      tbt_ms: a.tbt_ms,
      cls: a.cls,
      floor_performance: f.performance,
      runs: app.map((r) => r.performance),
      floor_runs: floor.map((r) => r.performance),
      app_detail: a,
      floor_detail: f,
    }
  }
  return out
}
