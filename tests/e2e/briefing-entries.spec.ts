/**
 * Every way into a stop shows it exactly as defined, on the same screen: Present, a restart after
 * leaving, a stop link, a reload, a link that also carries a camera, the presenter's window, and a
 * briefing of one's own made from the shipped one. "As defined" is seen in where the map draws the
 * stop's places (the same, to a pixel or two, however it was reached) and in the absence of the
 * "moved away" notice. Leaving puts the explorer back as it was before Present. The first, a middle
 * and the last stop are walked.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Briefing } from '../../src/data/briefing-schema'
import { journeyPlaces } from '../../src/lib/selection-emphasis'
import { loadRealDataset } from '../support/real-data'
import { BriefingDriver } from './briefing-driver'
import { expect, test } from './fixtures'

const data = loadRealDataset()
const briefing = (
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'briefings.json'), 'utf8'),
  ) as Briefing[]
)[0]!
const COUNT = briefing.stops.length
const WALKED = [1, 7, COUNT]
const HEADLINE = data.places.filter((p) => p.headline).map((p) => p.id)

/** The places that show where a stop is: its subject's, or the home view's for a stop without one. */
function placesOf(n: number): string[] {
  const s = briefing.stops[n - 1]!.subject
  const ids = [...(s?.places ?? []), ...journeyPlaces(data, s?.journey ?? []).keys()]
  return ids.length ? [...new Set(ids)] : HEADLINE
}

type Centres = Record<string, { x: number; y: number }>

function expectSame(actual: Centres, expected: Centres, what: string) {
  expect(Object.keys(actual).sort(), what).toEqual(Object.keys(expected).sort())
  for (const [id, p] of Object.entries(expected)) {
    expect(Math.abs(actual[id]!.x - p.x), `${what}: ${id} across`).toBeLessThanOrEqual(2)
    expect(Math.abs(actual[id]!.y - p.y), `${what}: ${id} down`).toBeLessThanOrEqual(2)
  }
}

/** How far, in px along either axis, the farthest place is from where the frame has it. */
function farthestFrom(actual: Centres, expected: Centres): number {
  let far = 0
  for (const [id, p] of Object.entries(expected)) {
    const a = actual[id]
    if (!a) return Infinity
    far = Math.max(far, Math.abs(a.x - p.x), Math.abs(a.y - p.y))
  }
  return far
}

/** The reference frames, once measured in this worker (every test here has the same screen). */
let measured: Map<number, Centres> | undefined

/**
 * Each walked stop as a stop link opens it: the reference for every other way in. Measured by the
 * first test that needs it in each worker and kept for the others, which saves three map start-ups
 * per test (seconds each in software WebGL).
 */
async function referenceFrames(b: BriefingDriver): Promise<Map<number, Centres>> {
  if (measured) return measured
  const frames = new Map<number, Centres>()
  for (const n of WALKED) {
    await b.openStopLink(n)
    await b.expectAtStop()
    frames.set(n, await b.dotCentres(placesOf(n)))
  }
  measured = frames
  return frames
}

async function expectStopAsDefined(b: BriefingDriver, n: number, frame: Centres, how: string) {
  await b.expectStop(n, COUNT)
  await b.expectAtStop()
  await expect(b.awayNotice, `${how}: no "moved away" notice`).toBeHidden()
  // The stop is fitted again as the page settles into the stop's layout (the card and the room's
  // legend take their size): the frame it settles on is the one compared.
  const places = placesOf(n)
  await expect
    .poll(async () => farthestFrom(await b.dotCentres(places), frame), {
      message: `stop ${n} by ${how}: places within 2 px of the stop link's frame`,
    })
    .toBeLessThanOrEqual(2)
  expectSame(await b.dotCentres(places), frame, `stop ${n} by ${how}`)
}

// A test opens up to a dozen pages and walks three stops in software WebGL.
test.describe.configure({ timeout: 180_000 })

test.beforeEach(async ({ explorer }) => {
  await explorer.page.emulateMedia({ reducedMotion: 'reduce' })
})

test('Present, leave and Present again: each stop as defined; leaving puts the explorer back', async ({
  explorer,
}) => {
  const b = new BriefingDriver(explorer)
  const frames = await referenceFrames(b)

  // An explorer view of the person's own: years, a selection, and the map moved by hand.
  await explorer.open('?years=2022-2023&sel=place:tokyo')
  await b.dragMap(-120, 60)
  await explorer.waitForMapIdle()
  await expect(explorer.page).toHaveURL(/cam=/)
  const before = explorer.page.url()
  const tokyo = await b.dotCentres(['tokyo'])

  for (const round of ['first', 'again']) {
    await b.present()
    for (const n of WALKED) {
      if (n !== 1) await b.jumpTo(n)
      await expectStopAsDefined(b, n, frames.get(n)!, `Present (${round})`)
    }
    await b.press('Escape')
    await expect(b.stage).toBeHidden()
    // Back exactly: the address (years, selection, camera), the panel, and the map where it was.
    await expect(explorer.page).toHaveURL(before)
    await expect(explorer.panelHeading()).toHaveText('Tokyo')
    expectSame(await b.dotCentres(['tokyo']), tokyo, `the explorer after leaving (${round})`)
  }
})

test('a stop link, a reload and a link that also carries a camera each show the stop as defined', async ({
  explorer,
}) => {
  const b = new BriefingDriver(explorer)
  // The stop link is the reference: when no test in this worker has measured it yet, this one does, as
  // it opens each link (the same measurement, not the same three pages opened twice).
  const frames = measured ?? new Map<number, Centres>()
  for (const n of WALKED) {
    await b.openStopLink(n)
    if (!frames.has(n)) {
      await b.expectAtStop()
      frames.set(n, await b.dotCentres(placesOf(n)))
    }
    await expectStopAsDefined(b, n, frames.get(n)!, 'a stop link')
    await explorer.page.reload()
    await explorer.waitForMapIdle()
    await expectStopAsDefined(b, n, frames.get(n)!, 'a reload')
    // A camera in the address does not override the stop: the stop defines the whole view.
    await explorer.page.goto(`./?cam=30,10,2&briefing=default&stop=${n}`)
    await explorer.waitForMapIdle()
    await expectStopAsDefined(b, n, frames.get(n)!, 'a link with a camera')
  }
  measured ??= frames
})

test('the presenter’s window starts the briefing in the room as defined, and moves it', async ({
  explorer,
}) => {
  const b = new BriefingDriver(explorer)
  const frames = await referenceFrames(b)
  await explorer.open()
  const presenter = await b.openPresenterView()
  await presenter.startFromHere()
  await b.page.bringToFront()
  await expectStopAsDefined(b, 1, frames.get(1)!, 'the presenter’s window')
  for (const n of WALKED.slice(1)) {
    await presenter.jumpTo(n)
    await b.page.bringToFront()
    await expectStopAsDefined(b, n, frames.get(n)!, 'the presenter’s window')
  }
  expect(presenter.errors).toEqual([])
})

test('a briefing of one’s own, copied from the shipped one, shows each stop as defined', async ({
  explorer,
}) => {
  const b = new BriefingDriver(explorer)
  const frames = await referenceFrames(b)
  await explorer.open()
  await b.openManager()
  await b.briefingItem(briefing.title).getByRole('button', { name: 'Copy to edit' }).click()
  await b.dialog.getByRole('button', { name: 'Back to all briefings' }).click()
  await b
    .briefingItem(`${briefing.title} (my copy)`)
    .getByRole('button', { name: 'Present' })
    .click()
  for (const n of WALKED) {
    if (n !== 1) await b.jumpTo(n)
    await expectStopAsDefined(b, n, frames.get(n)!, 'one’s own briefing')
  }
})
