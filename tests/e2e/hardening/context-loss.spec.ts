/**
 * Issue item 2: a projector that resets the GPU takes the map's WebGL context away. The map says so,
 * the rest keeps working, and when the context comes back the map is drawn again with the filters,
 * selection and highlights of the moment: including changes made while it was gone.
 */
import { pixelDifference } from '../../support/page-probes'
import { expect, test } from '../fixtures'
import { HardeningDriver } from './hardening-driver'

test('a lost WebGL context comes back with the filters, selection and highlights', async ({
  explorer,
}) => {
  const d = new HardeningDriver(explorer.page)
  await d.open()
  await d.choosePreset(/^Since the invasion/)
  await d.clickPlace('Komsomolsk-on-Amur')
  await d.waitForMapIdle()
  // The map shows the view exactly as its link has it (the link rounds the camera the click flew to):
  // the fresh tab below opens that link, so the two maps can be compared pixel for pixel.
  await expect(d.page).toHaveURL(/cam=/)
  await d.arriveAt(new URL(d.page.url()).search)

  await d.loseMapContext()
  await expect(d.map).toHaveAttribute('data-map-state', 'lost')
  await expect(d.mapNotice).toHaveAttribute('role', 'status')
  await expect(d.mapNotice).toContainText('The map’s graphics were interrupted')

  // The person carries on while the map is away: another place, other years.
  await d.clickPlace('Vladivostok')
  await expect(d.panelHeading()).toHaveText('Vladivostok')
  await d.choosePreset(/^Cold War/)
  await expect(d.page).toHaveURL(/years=1948-1991.*sel=place:vladivostok/)

  await d.restoreMapContext()
  await d.waitForMapIdle()
  await expect(d.mapNotice).toHaveCount(0)
  await expect(d.placeMarker('Vladivostok')).toHaveAttribute('aria-pressed', 'true')
  // Komsomolsk has nothing in the Cold War years: its marker may give way to a busier name, hidden.
  await expect(d.page.locator('.place-marker[data-place-id="komsomolsk-on-amur"]')).toHaveAttribute(
    'aria-pressed',
    'false',
  )
  const flows = await d.flowsOnMap()
  expect(flows).toContain('soviet-aid')
  expect(flows).not.toContain('munitions-to-russia')
  expect(await d.mapCanvasColourCount()).toBeGreaterThan(20)
  const restored = await d.mapCanvasPng()

  // The same link in a fresh tab draws the same map: the filters on the flow lines and the selection's
  // highlights (feature-state, which a restored style does not keep) were all put back.
  const fresh = new HardeningDriver(await d.page.context().newPage())
  await fresh.page.setViewportSize(d.page.viewportSize() ?? { width: 1440, height: 900 })
  await fresh.page.goto(d.page.url())
  await fresh.waitForMapIdle()
  expect(await fresh.flowsOnMap()).toEqual(flows)
  const difference = await pixelDifference(d.page, restored, await fresh.mapCanvasPng())
  expect(difference).toBeLessThan(0.001)
  await fresh.page.close()
})

test('a context that does not come back can be restarted, keeping every choice', async ({
  explorer,
}) => {
  const d = new HardeningDriver(explorer.page)
  await d.page.clock.install()
  await d.open('?sel=flow:munitions-to-russia')
  await d.stopClockNow()
  await d.loseMapContext()
  await expect(d.map).toHaveAttribute('data-map-state', 'lost')
  // Never restored (the browser gave up on the GPU): after a grace period the person is offered a restart.
  const alert = d.mapNotice.and(d.page.getByRole('alert'))
  await d.advanceClock(7_900)
  await expect(d.mapNotice).toContainText('The map’s graphics were interrupted')
  await expect(alert).toHaveCount(0)
  await d.advanceClock(100)
  await expect(alert).toContainText('have not come back by themselves')
  await d.runClock()
  await alert.getByRole('button', { name: 'Restart the map' }).click()
  await d.waitForMapIdle()
  await expect(d.mapNotice).toHaveCount(0)
  expect(await d.mapCanvasColourCount()).toBeGreaterThan(20)
  await expect(d.flowMarker('North Korean arms and munitions to Russia')).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(d.panelHeading()).toHaveText('North Korean arms and munitions to Russia')
  // One map, not two: the old one was removed with its markers.
  await expect(d.page.locator('.maplibregl-canvas')).toHaveCount(1)
  await expect(d.placeMarker('Pyongyang')).toHaveCount(1)
})
