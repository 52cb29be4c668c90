/**
 * Issue item 9, offline proof: with every request outside the page's own origin blocked (not only other
 * hosts: other ports and schemes on this machine too), the whole journey works: explore, filter,
 * present, export. Any attempt to leave the origin fails the test, as does any failed request of our own.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BriefingDriver } from '../briefing-driver'
import { expect, test } from '../fixtures'

const shipped = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'data', 'briefings.json'), 'utf8'),
) as { title: string; stops: { title: string }[] }[]
const briefing = shipped[0]!

test('explore, filter, present and export with nothing but the page’s own origin', async ({
  explorer,
  baseURL,
}) => {
  test.setTimeout(300_000)
  const page = explorer.page
  const origin = new URL(baseURL!).origin
  const left: string[] = []
  const failed: string[] = []
  // Registered after the fixture's guard, so it sees every request first.
  await page.context().route('**/*', (route) => {
    const url = route.request().url()
    const own = url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin
    if (own) return route.fallback()
    left.push(url)
    return route.abort('internetdisconnected')
  })
  page.on('websocket', (ws) => left.push(ws.url()))
  page.on('requestfailed', (r) => failed.push(`${r.url()}: ${r.failure()?.errorText}`))
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()}: HTTP ${r.status()}`)
  })
  const b = new BriefingDriver(explorer)

  // Explore.
  await explorer.open()
  expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)
  await explorer.clickFlow('North Korean arms and munitions to Russia')
  await expect(explorer.panelHeading()).toHaveText('North Korean arms and munitions to Russia')
  await explorer.clickPlace('Vostochny Cosmodrome')
  await expect(explorer.panelHeading()).toHaveText('Vostochny Cosmodrome')
  await explorer.showPanel('Timeline')
  await explorer.timelineEvent(/Kim pledges support/).click()
  await expect(explorer.panelHeading()).toHaveText("Kim pledges support for Russia's war")
  await explorer.openPanelTab('Places and flows')
  await explorer.openPanelTab('Sources')
  await expect(explorer.sidePanel.getByText(/¶\d+/).first()).toBeVisible()

  // Filter.
  await explorer.choosePreset(/^Cold War/)
  expect(await explorer.flowsOnMap()).toContain('soviet-aid')
  await explorer.chooseActor('Russia')
  await expect(page).toHaveURL(/years=1948-1991.*actors=russia/)
  await explorer.clearFilters()
  expect(await explorer.flowsOnMap()).toHaveLength(12)

  // Present.
  await b.present()
  await b.expectStop(1, briefing.stops.length, briefing.stops[0]!.title)
  await b.press('PageDown', 'PageDown')
  await b.expectStop(3, briefing.stops.length, briefing.stops[2]!.title)
  await b.press('Escape')
  await expect(b.stage).toBeHidden()
  await explorer.waitForMapIdle()

  // Export: the map as a PNG, a briefing of one's own as a file, the printed hand-out.
  await b.saveDrawnMapImage()
  // Leaving the briefing keeps the last stop's view; back to the whole region for the next view.
  await page.getByRole('button', { name: 'Reset view' }).click()
  await explorer.waitForMapIdle()
  await explorer.clickPlace('Vladivostok')
  await b.addViewAsStop('The port', { newBriefing: 'Offline tour' })
  await b.openManager()
  const file = await b.exportBriefing('Offline tour')
  expect(JSON.parse(file.text)).toMatchObject({ format: 'rnk-briefing', version: 1 })
  await b.page.keyboard.press('Escape')
  await b.openHandout('Offline tour')
  await expect(b.handoutPages).toHaveCount(1)
  await expect(b.handoutPages.first().getByRole('img')).toBeVisible()

  expect(left, 'requests that tried to leave the origin').toEqual([])
  expect(failed, 'requests of our own that failed').toEqual([])
})
