/**
 * Issue item 3 in the real browser: a data file that is missing, slow or unreachable gives a clear
 * message and a "Try again" that works; hostile strings in a hand-edited file are shown as text, never
 * run; a runaway string is refused with a message naming where it is.
 * (tests/unit/hardening/hostile-data.test.tsx covers every malformed case through the same loaders.)
 */
import type { Route } from '@playwright/test'
import { axeViolations } from '../../support/axe'
import { expect, test } from '../fixtures'
import { HardeningDriver } from './hardening-driver'

const TRANSPORT = 'The explorer could not fetch its data files'

test('missing files (404): says which, explains, and Try again recovers', async ({ explorer }) => {
  const d = new HardeningDriver(explorer.page)
  let fail = true
  for (const file of ['places', 'events'])
    await d.page.route(`**/data/${file}.json`, (route) =>
      fail ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback(),
    )
  await d.page.goto('./?sel=place:vladivostok')
  // Every missing file is named, not just the first.
  await expect(d.dataAlert()).toContainText('data/places.json: could not be loaded (HTTP 404')
  await expect(d.dataAlert()).toContainText('data/events.json: could not be loaded (HTTP 404')
  await expect(d.dataAlert()).toContainText(TRANSPORT)
  expect(await axeViolations(d.page)).toEqual([])
  fail = false
  await d.tryAgain()
  await d.waitForMapIdle()
  // Nothing lost: the link's view opens once the data arrives.
  await expect(d.panelHeading()).toHaveText('Vladivostok')
  await expect(d.placeMarker('Pyongyang')).toBeVisible()
})

test('an unreachable server: a clear message, and Try again recovers', async ({ explorer }) => {
  const d = new HardeningDriver(explorer.page)
  let fail = true
  await d.page.route('**/data/*.json', (route) =>
    fail ? route.abort('connectionrefused') : route.fallback(),
  )
  await d.page.goto('./')
  await expect(d.dataAlert()).toContainText('could not be reached')
  await expect(d.dataAlert()).toContainText(TRANSPORT)
  fail = false
  await d.tryAgain()
  await d.waitForMapIdle()
  await expect(d.placeMarker('Pyongyang')).toBeVisible()
})

test('a slow file: "still loading" after a few seconds, then the explorer', async ({
  explorer,
}) => {
  const d = new HardeningDriver(explorer.page)
  await d.stopClockFromStart()
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  await d.page.route('**/data/events.json', async (route) => {
    await arrived
    await route.fallback()
  })
  await d.page.goto('./')
  const status = d.page.getByRole('status').filter({ hasText: "Loading the article's data" })
  await expect(status).toBeVisible()
  await expect(status).not.toContainText('Still loading')
  await d.advanceClock(3_900)
  await expect(status).not.toContainText('Still loading')
  await d.advanceClock(100)
  await expect(status).toContainText('Still loading: this is taking longer than usual')
  arrive()
  await d.runClock()
  await d.waitForMapIdle()
  await expect(d.dataAlert()).toHaveCount(0)
})

test('a file that never arrives: a clear error after the deadline, and Try again recovers', async ({
  explorer,
}) => {
  const d = new HardeningDriver(explorer.page)
  await d.stopClockFromStart()
  let hang = true
  const held: Route[] = []
  await d.page.route('**/data/flows.json', (route) => {
    if (hang)
      held.push(route) // never answered: the request just hangs
    else return route.fallback()
  })
  await d.page.goto('./')
  await expect(d.page.getByText("Loading the article's data")).toBeVisible()
  await d.advanceClock(4_000)
  await expect(d.page.getByText('Still loading')).toBeVisible()
  await d.advanceClock(10_000)
  // 14 seconds: still waiting.
  await expect(d.dataAlert()).toHaveCount(0)
  await expect(d.page.getByText('Still loading')).toBeVisible()
  await d.advanceClock(1_000)
  await expect(d.dataAlert()).toContainText(
    'data/flows.json: did not arrive within 15 seconds (the connection may be slow or interrupted)',
  )
  await expect(d.dataAlert()).toContainText(TRANSPORT)
  expect(held.length).toBeGreaterThan(0)
  await d.runClock()
  hang = false
  await d.tryAgain()
  await d.waitForMapIdle()
  await expect(d.placeMarker('Pyongyang')).toBeVisible()
})

test('hostile strings in a data file are shown as text, never run', async ({ explorer }) => {
  const d = new HardeningDriver(explorer.page)
  const page = d.page
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const XSS = '<img src=x onerror=alert(1)>'
  const JS_URL = 'javascript:alert(2)'
  await page.route('**/data/places.json', async (route) => {
    const response = await route.fetch()
    const places = (await response.json()) as Record<string, unknown>[]
    Object.assign(places[0]!, { name: XSS, detail: JS_URL })
    await route.fulfill({ response, json: places })
  })
  await page.route('**/data/flows.json', async (route) => {
    const response = await route.fetch()
    const flows = (await response.json()) as Record<string, unknown>[]
    Object.assign(flows[4]!, { title: '<script>alert(3)</script>', what: XSS })
    await route.fulfill({ response, json: flows })
  })
  await d.open()
  // On the map: the marker carries the string as its name and shows it as text.
  await expect(d.placeMarker(XSS)).toBeVisible()
  await expect(d.placeMarker(XSS).locator('.place-marker__label')).toHaveText(XSS)
  await d.clickPlace(XSS)
  await expect(d.panelHeading()).toHaveText(XSS)
  await expect(d.sidePanel).toContainText(JS_URL)
  await d.clickFlow('<script>alert(3)</script>')
  await expect(d.panelHeading()).toHaveText('<script>alert(3)</script>')
  await d.openPanelTab('Places and flows')
  await expect(d.listEntry(XSS)).toBeVisible()

  expect(dialogs).toEqual([])
  await expect(page.locator('img[src="x"], #root script')).toHaveCount(0)
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0)
})

test('broken records are refused with messages naming the file, record and field', async ({
  explorer,
}) => {
  const d = new HardeningDriver(explorer.page)
  // Two files broken at once: a latitude off the globe, and a runaway 100 KB string.
  await d.page.route('**/data/places.json', async (route) => {
    const response = await route.fetch()
    const places = (await response.json()) as Record<string, unknown>[]
    places[2]!.lngLat = [137, 120]
    await route.fulfill({ response, json: places })
  })
  await d.page.route('**/data/events.json', async (route) => {
    const response = await route.fetch()
    const events = (await response.json()) as Record<string, unknown>[]
    events[2]!.summary = 'x'.repeat(100 * 1024)
    await route.fulfill({ response, json: events })
  })
  await d.page.goto('./')
  const alert = d.dataAlert()
  await expect(alert).toContainText(
    'data/places.json, record "komsomolsk-on-amur" (#3), field "lngLat[1]": latitude must be between -90 and 90',
  )
  await expect(alert).toContainText(
    /data\/events\.json, record "[a-z0-9-]+" \(#3\), field "summary": is longer than 2,000 characters/,
  )
  await expect(alert).not.toContainText(TRANSPORT)
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  expect((await alert.textContent())?.length).toBeLessThan(2000)
})
