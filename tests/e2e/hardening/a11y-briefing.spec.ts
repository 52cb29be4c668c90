/**
 * Issue item 8, briefing mode: axe-core finds no WCAG 2.2 AA violation while presenting (stop card,
 * black-out, exploring from a stop), in the briefing dialogs and the presenter's view. The hand-out is
 * checked by the print test in briefing.spec.ts, which draws it anyway (its twelve map pictures take
 * seconds each in software WebGL, too long to draw twice). The whole briefing run from the keyboard with
 * each stop announced is in briefing.spec.ts, where it also checks that every stop fits on screen.
 */
import { axeViolations } from '../../support/axe'
import { BriefingDriver } from '../briefing-driver'
import { expect, test } from '../fixtures'

test('axe: presenting a briefing, every stop, black-out and exploring', async ({ explorer }) => {
  test.setTimeout(300_000)
  const b = new BriefingDriver(explorer)
  await explorer.open()
  // Stops zoomed out to a continent crowd neighbouring place markers: see AxeOptions.
  const axe = () => axeViolations(b.page, { mapMarkerSpacingException: true })
  const total = await stops(b)
  await b.present()
  for (let n = 1; n <= total; n++) {
    // Number and Enter: straight to the stop, whether or not the last card was read in pages.
    if (n > 1) await b.jumpTo(n)
    await b.expectStop(n, total)
    await explorer.waitForMapIdle()
    expect(await axe(), `stop ${n}`).toEqual([])
  }
  await b.press('b')
  await expect(b.blackout).toBeVisible()
  expect(await axe(), 'black-out').toEqual([])
  await b.press('b')
  await expect(b.blackout).toBeHidden()
  // Exploring from a stop: the explorer with the briefing's bar.
  await explorer.clickPlace('Pyongyang')
  await expect(b.exploreBar).toBeVisible()
  await explorer.waitForMapIdle()
  expect(await axe(), 'exploring from a stop').toEqual([])
})

test('axe: the briefing dialogs (all briefings, add a stop, edit)', async ({ explorer }) => {
  const b = new BriefingDriver(explorer)
  await explorer.open('?sel=place:vladivostok')
  await b.openManager()
  expect(await axeViolations(b.page), 'all briefings').toEqual([])
  await b.page.keyboard.press('Escape')
  await expect(b.dialog).toBeHidden()

  await b.page.getByRole('button', { name: 'Add this view as a stop' }).click()
  await expect(b.dialog).toBeVisible()
  expect(await axeViolations(b.page), 'add this view as a stop').toEqual([])
  await b.page.keyboard.press('Escape')
  await b.addViewAsStop('The port', { newBriefing: 'My tour' })

  await b.openManager()
  await b.editBriefing('My tour')
  expect(await axeViolations(b.page), 'edit a briefing').toEqual([])
})

test('axe: the presenter view', async ({ explorer }) => {
  const b = new BriefingDriver(explorer)
  await explorer.open()
  await b.present()
  const presenter = await b.openPresenterView()
  await expect(presenter.now.getByRole('heading', { level: 2 })).toBeVisible()
  expect(await axeViolations(presenter.page), 'presenter view').toEqual([])
  expect(presenter.errors).toEqual([])
})

async function stops(b: BriefingDriver): Promise<number> {
  const text = (await b.page.request.get('./data/briefings.json').then((r) => r.json())) as {
    stops: unknown[]
  }[]
  return text[0]!.stops.length
}
