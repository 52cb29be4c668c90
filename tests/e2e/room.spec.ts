/**
 * What the room sees, checked from the rendered page and the map's own projection, on the screens
 * people brief on: the explorer's first view, and every stop of every shipped briefing. For each: the
 * map is the largest thing on screen (the explorer), what the view is about is inside the open part
 * of the map and not under the legend or the controls, its lines are drawn at full strength (their own
 * colour in the map's pixels, not the grey of what recedes), nothing printed on the map overlaps
 * anything else or is cut by its edge, text is large enough for the screen, and nothing overflows
 * sideways. Stops are reached with the clicker's "number, Enter", which shows a stop as defined.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Briefing } from '../../src/data/briefing-schema'
import { actorColour } from '../../src/lib/actor-colours'
import { journeyPlaces } from '../../src/lib/selection-emphasis'
import { flowArcs } from '../../src/map/flow-geometry'
import { ENDED_COLOUR } from '../../src/map/layers'
import { loadRealDataset } from '../support/real-data'
import { lineColours, readRoom, smallestText, type RoomReport } from '../support/room-probes'
import { BriefingDriver } from './briefing-driver'
import { expect, test } from './fixtures'

const data = loadRealDataset()
const arcs = flowArcs(data)
const briefings = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'briefings.json'), 'utf8'),
) as Briefing[]
const HEADLINE = data.places.filter((p) => p.headline).map((p) => p.id)
// Places for reading the projection back from the markers: one copy of the world (not Washington).
const PROJECTION_PLACES = data.places.filter((p) => p.lngLat[0] > 0)

interface Screen {
  width: number
  height: number
  phone?: boolean
  /** The map's least share of the window at first load (desktop sizes only). */
  mapShare?: number
  /** Smallest text allowed while presenting: place names, flow tags, everything else. */
  present: { names: number; tags: number; any: number }
}

const SCREENS: Screen[] = [
  { width: 1920, height: 1080, mapShare: 0.55, present: { names: 28, tags: 22, any: 20 } },
  { width: 1366, height: 768, mapShare: 0.55, present: { names: 20, tags: 20, any: 20 } },
  { width: 1280, height: 720, mapShare: 0.5, present: { names: 20, tags: 20, any: 20 } },
  { width: 390, height: 844, phone: true, present: { names: 16, tags: 16, any: 16 } },
]

function expectTidy(report: RoomReport, what: string) {
  expect(report.overflowX, `${what}: nothing overflows sideways`).toBe(0)
  expect(report.overlaps, `${what}: nothing printed on the map overlaps`).toEqual([])
  expect(report.cut, `${what}: nothing cut by the map's edge`).toEqual([])
}

function expectFramed(report: RoomReport, what: string) {
  for (const p of report.places) {
    expect(p.shown, `${what}: ${p.id} is drawn`).toBe(true)
    expect(p.inMap, `${what}: ${p.id} is inside the map`).toBe(true)
    expect(p.covered, `${what}: ${p.id} is clear of the legend and controls`).toBe(false)
  }
}

for (const screen of SCREENS) {
  const name = `${screen.width}x${screen.height}`
  test.describe(name, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      ...(screen.phone ? { isMobile: true, hasTouch: true } : {}),
    })

    test(`the explorer's first view: the map first, the headline places in frame, nothing overlapping`, async ({
      explorer,
    }) => {
      await explorer.page.emulateMedia({ reducedMotion: 'reduce' })
      await explorer.open()
      const room = await readRoom(explorer.page, HEADLINE)
      expectTidy(room, 'explorer')
      expectFramed(room, 'explorer')
      if (screen.mapShare)
        expect(room.mapShare, 'the map’s share of the window').toBeGreaterThanOrEqual(
          screen.mapShare,
        )
      // A legend wherever the map is shown (folded behind its button on a phone).
      await expect(explorer.page.locator('.map-legend')).toBeVisible()
      const names = smallestText(room, ['place-name', 'edge-chip', 'flow-tag'])
      if (screen.phone) expect(names?.px ?? 16, names?.what).toBeGreaterThanOrEqual(16)
    })

    test('every stop frames its subject at full strength, readable, with nothing overlapping', async ({
      explorer,
    }) => {
      test.setTimeout(240_000)
      const b = new BriefingDriver(explorer)
      await explorer.page.emulateMedia({ reducedMotion: 'reduce' })
      for (const briefing of briefings) {
        await b.openStopLink(1, briefing.id)
        for (const [i, stop] of briefing.stops.entries()) {
          const what = `${briefing.id} stop ${i + 1} "${stop.id}" at ${name}`
          if (i > 0) await b.jumpTo(i + 1)
          await b.expectStop(i + 1, briefing.stops.length, stop.title)
          await b.expectAtStop()
          expect(await b.stopTitleUncovered(), `${what}: the stop's title is not covered`).toBe(
            true,
          )
          const subject = stop.subject ?? {}
          const places = [
            ...new Set([
              ...(subject.places ?? []),
              ...journeyPlaces(data, subject.journey ?? []).keys(),
            ]),
          ]
          const room = await readRoom(explorer.page, places)
          expectTidy(room, what)
          expectFramed(room, what)
          await expect(b.awayNotice, `${what}: no "moved away" notice`).toBeHidden()

          const ended = new Set(subject.ended ?? [])
          const lines = (subject.flows ?? []).map((id) => {
            const flow = data.flowById.get(id)!
            return {
              id,
              colour: ended.has(id) ? ENDED_COLOUR : actorColour(flow.fromActor, data.stateOf).fill,
              points: arcs.get(id)!.coordinates,
              // A tie is two lines either side of a gap.
              patch: flow.kind === 'ties' ? 4 : 2,
            }
          })
          for (const line of await lineColours(explorer.page, PROJECTION_PLACES, lines)) {
            // A line shorter than the dots at its ends (a continent seen on a phone) shows only as
            // its ends, which are checked above.
            if (line.length < 60) continue
            expect(line.samples, `${what}: ${line.id} has line in view`).toBeGreaterThanOrEqual(3)
            expect(
              line.matching / line.samples,
              `${what}: ${line.id} is drawn at full strength in its own colour`,
            ).toBeGreaterThanOrEqual(0.4)
          }
          for (const id of ended)
            await expect(explorer.flowTag(id), `${what}: ${id} is labelled as ended`).toHaveText(
              /ended/,
            )

          const text = await b.smallestTextInRoom()
          const p = screen.present
          const names = smallestText(room, ['place-name'])
          const tags = smallestText(room, ['flow-tag'])
          if (names)
            expect(names.px, `${what}: ${names.what}`).toBeGreaterThanOrEqual(p.names - 0.5)
          if (tags) expect(tags.px, `${what}: ${tags.what}`).toBeGreaterThanOrEqual(p.tags - 0.5)
          expect(text.px, `${what}: ${text.what}`).toBeGreaterThanOrEqual(p.any - 0.5)
        }
      }
    })
  })
}

test.describe('1440x900', () => {
  test.use({ viewport: { width: 1440, height: 900 } })
  test('place names are at least 16 px, tags are words', async ({ explorer }) => {
    await explorer.open()
    const room = await readRoom(explorer.page)
    const names = smallestText(room, ['place-name'])
    expect(names?.px, names?.what).toBeGreaterThanOrEqual(16)
    for (const tag of room.printed.filter((p) => p.kind === 'flow-tag'))
      expect(tag.text, 'a tag in words, not a code').toMatch(/^[A-Z][a-z]+( [a-z]+)*( ·.*)?$/)
  })
})
