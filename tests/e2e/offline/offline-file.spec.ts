/**
 * Issue 13, the one file: opened from disk with every other request failing, it does what the
 * explorer and the briefing do; and a copy downloaded from the served app carries the person's own
 * briefing into the room, every field of it.
 */
import { test as base, type Browser } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BriefingDriver } from '../briefing-driver'
import { ExplorerDriver } from '../driver'
import { expect, test } from '../fixtures'
import {
  BUILT_FILE,
  cutOffEverythingElse,
  fileOnItsOwn,
  OFFLINE_FILE,
  watchForTrouble,
} from './offline-file'

interface Stop {
  title: string
  [field: string]: unknown
}
interface Briefing {
  id: string
  title: string
  summary?: string
  stops: Stop[]
}
const shipped = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'data', 'briefings.json'), 'utf8'),
) as Briefing[]
const briefing = shipped[0]!

/** A new window on the file, alone in its folder, with everything but the file itself refused. */
async function openFromDisk(browser: Browser, fileUrl = fileOnItsOwn()) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const refused = await cutOffEverythingElse(context, fileUrl)
  const page = await context.newPage()
  const trouble = watchForTrouble(page)
  await page.goto(fileUrl)
  const explorer = new ExplorerDriver(page)
  try {
    // The first start reads the whole file (about 3 MB of code and data) on a shared, software-WebGL
    // machine: more time than the driver gives a map change, once.
    await page.locator('[data-map-state="idle"]').waitFor({ timeout: 60_000 })
    await explorer.waitForMapIdle()
  } catch (error) {
    // Most likely something the file needs is not inside it: say what it asked for.
    throw new Error(`The file did not show its map; refused: ${refused.join(', ') || 'nothing'}`, {
      cause: error,
    })
  }
  return { context, page, explorer, briefing: new BriefingDriver(explorer), refused, trouble }
}

base(
  'the file from disk, with every request refused: map, a place’s story, years, a briefing, a PNG',
  async ({ browser }) => {
    base.setTimeout(240_000)
    const html = readFileSync(BUILT_FILE, 'utf8')
    expect(Buffer.byteLength(html), 'at most 3 MB').toBeLessThanOrEqual(3_000_000)
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toMatch(/script-src 'sha256-[^']+'(;| 'sha256)/)
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toMatch(/unsafe-|https?:|\*/)

    const { context, page, explorer, briefing: b, refused, trouble } = await openFromDisk(browser)

    // The map is drawn, not blank, and says where its basemap comes from.
    expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)
    await expect(page.getByText('Natural Earth')).toBeVisible()

    // A place's story, in the article's words.
    await explorer.clickPlace('Vladivostok')
    await expect(explorer.panelHeading()).toHaveText('Vladivostok')
    await expect(explorer.sidePanel).toContainText('Facilities of the Russian Pacific Fleet')
    await expect(
      explorer.sidePanel.getByRole('button', { name: "Kim tours the Pacific Fleet's facilities" }),
    ).toBeVisible()
    await expect(explorer.sidePanel.getByText(/¶\d+/).first()).toBeVisible()

    // Years: since the invasion, fewer events and flows than in all years.
    await explorer.showPanel('Filters')
    await expect(explorer.shownCounts()).toContainText('Showing 24 of 24 events')
    await explorer.choosePreset(/^Since the invasion/)
    await expect(explorer.shownCounts()).not.toContainText('Showing 24 of 24 events')
    expect((await explorer.flowsOnMap()).length).toBeLessThan(12)
    await explorer.clearFilters()

    // Present three stops with the clicker's keys, then leave.
    await b.present()
    await b.expectStop(1, briefing.stops.length, briefing.stops[0]!.title)
    await b.press('PageDown')
    await b.expectStop(2, briefing.stops.length, briefing.stops[1]!.title)
    await b.press('PageDown')
    await b.expectStop(3, briefing.stops.length, briefing.stops[2]!.title)
    await b.press('Escape')
    await expect(b.stage).toBeHidden()
    await explorer.waitForMapIdle()

    // The map as a picture.
    await b.saveDrawnMapImage()

    expect(refused, 'requests for anything but the file itself').toEqual([])
    expect(trouble, 'errors in the console (CSP refusals, map errors)').toEqual([])
    await context.close()
  },
)

test('“Download offline copy” carries my own briefing, every field of it, into the file, which presents it', async ({
  explorer,
  browser,
}) => {
  test.setTimeout(240_000)
  const b = new BriefingDriver(explorer)
  await explorer.open()

  // My own briefing, with every field a briefing and its stops can have (three stops of the shipped
  // one: a title stop, stops with filters, selections, caveats and notes), imported into this browser.
  const mine: Briefing = {
    id: 'room-briefing',
    title: 'Room briefing: the Far East',
    summary: 'Three stops for the seminar room, with notes.',
    stops: briefing.stops.slice(0, 3).map((s, i) => ({
      ...s,
      id: `room-${i + 1}`,
      notes: `Say this in the room (${i + 1}) <not markup>`,
      // The three ways a stop says where the map goes: its subject (shipped), an exact camera (older
      // files) and a saved area (Add this view as a stop).
      ...(i === 1 ? { camera: { center: [131.5, 43.2], zoom: 4.5, bearing: 0, pitch: 0 } } : {}),
      ...(i === 2
        ? {
            bounds: [
              [120, 35],
              [140, 50],
            ] as [[number, number], [number, number]],
          }
        : {}),
    })),
  }
  const fields = new Set(mine.stops.flatMap((s) => Object.keys(s)))
  for (const f of [
    'id',
    'kind',
    'title',
    'points',
    'quotes',
    'caveat',
    'subject',
    'bounds',
    'camera',
    'filters',
  ])
    expect(fields, `the test briefing has a stop with ${f}`).toContain(f)
  expect(fields).toContain('selection')
  expect(fields).toContain('notes')
  await b.openManager()
  await b.importFile(
    'room.briefing.json',
    JSON.stringify({ format: 'rnk-briefing', version: 1, briefing: mine }),
  )
  await expect(b.dialogStatus).toContainText('Imported “Room briefing: the Far East” (3 stops)')
  const saved = JSON.parse((await b.savedInBrowser())!) as { briefings: Briefing[] }
  expect(saved.briefings).toHaveLength(1)
  const inBrowser = saved.briefings[0]!

  // Download the offline copy.
  const download = explorer.page.waitForEvent('download')
  await b.dialog.getByRole('button', { name: 'Download offline copy' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(OFFLINE_FILE)
  await expect(b.dialogStatus).toContainText('Saved the offline copy with your briefing in it')
  const copyUrl = fileOnItsOwn(await file.path())

  // Open it from disk, network off: my briefing is there, ready to present.
  const disk = await openFromDisk(browser, copyUrl)
  await disk.briefing.openManager()
  expect(await disk.briefing.briefingTitles()).toEqual([briefing.title, mine.title])
  const item = disk.briefing.briefingItem(mine.title)
  await expect(item).toContainText('yours, carried in this offline file')

  // Nothing lost: exported from the file, it is the briefing this browser saved, field for field.
  const exported = await disk.briefing.exportBriefing(mine.title)
  expect(JSON.parse(exported.text)).toEqual({
    format: 'rnk-briefing',
    version: 1,
    briefing: inBrowser,
  })

  await item.getByRole('button', { name: 'Present' }).click()
  await disk.briefing.expectStop(1, 3, mine.stops[0]!.title)
  await disk.briefing.press('PageDown')
  await disk.briefing.expectStop(2, 3, mine.stops[1]!.title)
  await disk.briefing.press('Escape')
  await expect(disk.briefing.stage).toBeHidden()

  expect(disk.refused, 'requests for anything but the file itself').toEqual([])
  expect(disk.trouble, 'errors in the console').toEqual([])
  await disk.context.close()
})
