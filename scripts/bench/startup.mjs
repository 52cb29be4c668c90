/**
 * startup: navigation to the map's first `idle` with places and flows drawn, the app against the floor
 * page, interleaved app/floor/app/floor, a fresh browser and profile for every load. The ratio is
 * app/floor per pair, then the median of those ratios. Resource timings give each phase so a slow
 * start can be traced to what it waited for.
 *
 * Each round also loads the story floor (pages.mjs): the floor plus the article's places and flows drawn
 * the cheapest way. Its ratio to the floor is what drawing the story at all costs, before any of the
 * app's own work; the app's ratio to it (`ratio_to_story_floor`) is what the app adds on top. And each
 * load records when that idle frame reached the screen (`shown`), so a page that merely put its drawing
 * off (hidden canvases are not read back) cannot look fast.
 *
 * Every app load also lists the JS files it asked for: any that is not on the first screen (bytes.mjs),
 * fetched with no user action, is counted in `lazy_js_on_load` (target 0).
 */
import { openBrowser, waitForFirstIdle } from './browser.mjs'
import { median, round } from './stats.mjs'

const GROUPS = [
  ['worker', /maplibre-gl-worker/],
  ['data', /\/data\//],
  ['basemap', /\/basemap\//],
  ['js', /\.m?js$/],
  ['css', /\.css$/],
  ['fonts', /\.woff2?$/],
  ['html', /(\/|\.html)$/],
]

/**
 * When each group of files started and finished loading, in ms from navigation start, from the
 * browser's own request events (the map worker's fetches included) and the page's time origin.
 */
function phasesOf(requests, timeOrigin) {
  const groups = {}
  const files = []
  for (const r of requests) {
    const group = GROUPS.find(([, re]) => re.test(r.path))?.[0] ?? 'other'
    const start = r.start_epoch - timeOrigin
    const end = r.end_epoch === null ? null : r.end_epoch - timeOrigin
    const g = (groups[group] ??= { first_start: Infinity, last_start: 0, last_end: 0, bytes: 0 })
    g.first_start = Math.min(g.first_start, start)
    g.last_start = Math.max(g.last_start, start)
    if (end !== null) g.last_end = Math.max(g.last_end, end)
    g.bytes += r.bytes ?? 0
    files.push({
      path: r.path,
      start: Math.round(start),
      end: end === null ? null : Math.round(end),
      bytes: r.bytes,
    })
  }
  files.sort((a, b) => a.start - b.start)
  return { groups, files, transferred: files.reduce((n, f) => n + (f.bytes ?? 0), 0) }
}

export async function loadOnce(url, needsMarkers, lingerMs = 100) {
  const b = await openBrowser({ needsMarkers })
  try {
    await b.page.goto(url, { waitUntil: 'commit' })
    const probe = await waitForFirstIdle(b.page)
    // Let the last request events arrive, then place them on the page's clock.
    await b.page.waitForTimeout(lingerMs)
    const phases = phasesOf(b.requests, await b.page.evaluate(() => performance.timeOrigin))
    const canvas = await b.page.evaluate(() => {
      const r = document.querySelector('.maplibregl-canvas')?.getBoundingClientRect()
      return r ? { w: Math.round(r.width), h: Math.round(r.height) } : null
    })
    const idle = probe.idle
    const shown = probe.shown
    const blocking = probe.longTasks
      .filter(([start]) => start < idle)
      .reduce((n, [, d]) => n + Math.max(0, d - 50), 0)
    return {
      idle_ms: idle,
      shown_ms: shown,
      frames: probe.framesAtIdle,
      panel_ms: probe.panel,
      blocking_ms: blocking,
      long_tasks: probe.longTasks.filter(([start]) => start < idle).length,
      canvas,
      phases,
      layout_shift: probe.shifts.reduce((n, x) => n + x.value, 0),
      shifts: probe.shifts,
      warnings: b.console.filter((l) => /^(warning|error|pageerror)/.test(l)),
      outside: b.outside,
    }
  } finally {
    await b.close()
  }
}

/**
 * @param {{ pairs?: number, appPath?: string, firstScreen?: Set<string>, log?: (msg: string) => void }} [opts]
 *   firstScreen: the app's first-screen JS files, relative to the build (bytes.mjs); any other JS file
 *   a cold load asks for, before any user action, is reported in `lazy_js_on_load`.
 */
export async function measureStartup(
  site,
  { pairs = 8, appPath = 'app/', firstScreen = null, log = () => {} } = {},
) {
  const runs = []
  let size = null
  for (let i = 0; i < pairs; i++) {
    const app = await loadOnce(site.url(appPath), true)
    size ??= app.canvas
    // Both reference pages draw as many pixels as the app's map.
    const sized = (page) => site.url(`${page}/${size ? `#w=${size.w}&h=${size.h}` : ''}`)
    const floor = await loadOnce(sized('floor'), false)
    const story = await loadOnce(sized('story-floor'), false)
    runs.push({
      app,
      floor,
      story,
      ratio: app.idle_ms / floor.idle_ms,
      story_ratio: story.idle_ms / floor.idle_ms,
      shown_ratio: app.shown_ms / floor.shown_ms,
    })
    log(
      `startup round ${i + 1}/${pairs}: app ${Math.round(app.idle_ms)} ms, floor ${Math.round(floor.idle_ms)} ms, ` +
        `story floor ${Math.round(story.idle_ms)} ms; app/floor ${(app.idle_ms / floor.idle_ms).toFixed(2)}, ` +
        `story floor/floor ${(story.idle_ms / floor.idle_ms).toFixed(2)}, app/story floor ${(app.idle_ms / story.idle_ms).toFixed(2)}`,
    )
  }
  // One more cold load of the app, untimed, left alone for 3 s after its first idle: a lazy chunk
  // fetched without any user action (a lazy component mounted at once, work put off to an idle
  // callback) shows up here or in the timed rounds.
  const quiet = await loadOnce(site.url(appPath), true, 3000)
  const appPrefix = new URL(site.url(appPath)).pathname
  const lazyOnLoad = firstScreen
    ? [
        ...new Set(
          [...runs.map((r) => r.app), quiet]
            .flatMap((load) => load.phases.files.map((f) => f.path))
            .filter((path) => /\.m?js$/.test(path) && path.startsWith(appPrefix))
            .map((path) => path.slice(appPrefix.length))
            .filter((file) => !firstScreen.has(file) && !/maplibre-gl-worker/.test(file)),
        ),
      ]
    : null
  const phaseMedian = (side, group, key) =>
    round(median(runs.map((r) => r[side].phases.groups[group]?.[key] ?? NaN)))
  const phaseTable = (side) =>
    Object.fromEntries(
      ['html', 'js', 'css', 'fonts', 'data', 'worker', 'basemap'].map((g) => [
        g,
        {
          first_start: phaseMedian(side, g, 'first_start'),
          last_start: phaseMedian(side, g, 'last_start'),
          last_end: phaseMedian(side, g, 'last_end'),
        },
      ]),
    )
  return {
    app_idle_ms_median: round(median(runs.map((r) => r.app.idle_ms))),
    floor_idle_ms_median: round(median(runs.map((r) => r.floor.idle_ms))),
    ratio: round(median(runs.map((r) => r.ratio)), 3),
    app_panel_ready_ms_median: round(median(runs.map((r) => r.app.panel_ms))),
    story_floor_idle_ms_median: round(median(runs.map((r) => r.story.idle_ms))),
    story_floor_ratio: round(median(runs.map((r) => r.story_ratio)), 3),
    ratio_to_story_floor: round(median(runs.map((r) => r.app.idle_ms / r.story.idle_ms)), 3),
    lazy_js_on_load: lazyOnLoad?.length ?? null,
    lazy_js_files_on_load: lazyOnLoad,
    app_shown_ms_median: round(median(runs.map((r) => r.app.shown_ms))),
    floor_shown_ms_median: round(median(runs.map((r) => r.floor.shown_ms))),
    shown_ratio: round(median(runs.map((r) => r.shown_ratio)), 3),
    pairs,
    map_canvas: size,
    app_frames_to_idle_median: median(runs.map((r) => r.app.frames)),
    floor_frames_to_idle_median: median(runs.map((r) => r.floor.frames)),
    app_blocking_ms_median: round(median(runs.map((r) => r.app.blocking_ms))),
    floor_blocking_ms_median: round(median(runs.map((r) => r.floor.blocking_ms))),
    app_transferred_bytes_median: round(median(runs.map((r) => r.app.phases.transferred))),
    phases_ms_median: { app: phaseTable('app'), floor: phaseTable('floor') },
    ratios: runs.map((r) => round(r.ratio, 3)),
    story_floor_ratios: runs.map((r) => round(r.story_ratio, 3)),
    story_floor_idle_ms: runs.map((r) => round(r.story.idle_ms)),
    app_idle_ms: runs.map((r) => round(r.app.idle_ms)),
    floor_idle_ms: runs.map((r) => round(r.floor.idle_ms)),
    first_app_files: runs[0]?.app.phases.files ?? [],
    app_layout_shift_median: round(median(runs.map((r) => r.app.layout_shift)), 3),
    first_app_shifts: runs[0]?.app.shifts ?? [],
    console_warnings: [
      ...new Set(
        runs.flatMap((r) => [...r.app.warnings, ...r.floor.warnings, ...r.story.warnings]),
      ),
    ],
    outside_requests: [
      ...new Set(runs.flatMap((r) => [...r.app.outside, ...r.floor.outside, ...r.story.outside])),
    ],
  }
}
