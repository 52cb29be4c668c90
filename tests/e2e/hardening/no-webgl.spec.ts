/**
 * Issue item 1: with WebGL turned off (an old laptop, a locked-down browser) the explorer still works as
 * a list, a timeline and panels, and the map column says clearly why there is no map.
 */
import { chromiumExecutable, CHROMIUM_ARGS } from '../../support/browser'
import { expect, test } from '../fixtures'
import { HardeningDriver } from './hardening-driver'

const executablePath = await chromiumExecutable()
// This file's own browser, launched with WebGL and every other 3D API turned off.
test.use({
  launchOptions: {
    executablePath,
    args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
})

test('without WebGL the map column says why, and the list, timeline and panels all work', async ({
  explorer,
}, testInfo) => {
  const d = new HardeningDriver(explorer.page)
  const page = d.page
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBe(
    null,
  )
  await d.openWithoutMap()
  await expect(d.map).toHaveAttribute('data-map-error', 'webgl')
  await expect(page.getByRole('alert')).toContainText('The map needs WebGL')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia-North Korea: Closer, but not too close',
  )
  await page.screenshot({ path: testInfo.outputPath('no-webgl-1440.png') })

  // The notice leads to the list twin of the map, with keyboard focus on it.
  await d.showListFromNotice()
  await expect(d.panelHeading()).toHaveText('Places and flows')
  await expect(d.panelHeading()).toBeFocused()

  // A place from the list: its story in the details panel, and a link to it.
  await d.listEntry('Vostochny Cosmodrome').click()
  await expect(d.panelHeading()).toHaveText('Vostochny Cosmodrome')
  await expect(d.sidePanel.getByRole('heading', { name: 'What happened here' })).toBeVisible()
  await expect(page).toHaveURL(/sel=place:vostochny/)

  // A flow from the list.
  await d.openPanelTab('Places and flows')
  await d.listEntry('North Korean arms and munitions to Russia').click()
  await expect(d.panelHeading()).toHaveText('North Korean arms and munitions to Russia')
  await expect(d.sidePanel).toContainText('around 1000 containers of military material')

  // The timeline.
  await d.timelineEvent(/Kim pledges support/).click()
  await expect(d.panelHeading()).toHaveText("Kim pledges support for Russia's war")
  await expect(d.timelineEvent(/Kim pledges support/)).toHaveAttribute('aria-pressed', 'true')

  // The filters narrow the timeline and the list together.
  const allEvents = await d.timelineEventCount()
  await d.choosePreset(/^Cold War/)
  await expect(page).toHaveURL(/years=1948-1991/)
  expect(await d.timelineEventCount()).toBeLessThan(allEvents)
  await expect(d.shownCounts()).toContainText(/Showing \d+ of 24 events, \d+ of 12 flows/)
  await d.openPanelTab('Places and flows')
  await expect(d.sidePanel.getByText(/hidden by the current filters/).first()).toBeVisible()

  // Sources.
  await d.openPanelTab('Sources')
  await expect(d.panelHeading()).toBeVisible()
  await expect(d.sidePanel.getByText(/¶\d+/).first()).toBeVisible()
})
