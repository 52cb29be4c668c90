/**
 * Issue item 8, the explorer: axe-core finds no WCAG 2.2 AA violation in any view; everything works by
 * keyboard in a logical order with a visible focus ring; selection and filter changes are announced;
 * motion follows prefers-reduced-motion. Briefing mode and the presenter view: a11y-briefing.spec.ts.
 */
import type { Page } from '@playwright/test'
import { axeViolations } from '../../support/axe'
import { expect, test } from '../fixtures'
import { HardeningDriver } from './hardening-driver'

const VIEWS: [string, string][] = [
  ['the explorer as it opens', ''],
  ['a place selected (Details)', '?sel=place:komsomolsk-on-amur'],
  ['an event selected (Details)', '?sel=event:putin-visit-2000'],
  ['a flow selected (Details)', '?sel=flow:munitions-to-russia'],
  ['the list twin of the map (Places and flows)', '?panel=list'],
  ['Sources', '?panel=sources'],
  [
    'filters in use, some items hidden',
    '?years=1948-1991&actors=russia&kinds=aid,labour&conf=stated',
  ],
  ['a selection hidden by the filters', '?years=2022-2023&sel=place:moscow&undated=0'],
]

test('axe: no WCAG 2.2 AA violations in any of the explorer’s views', async ({ explorer }) => {
  // One page for all of them (each map start-up costs seconds of software WebGL on the test machine):
  // the explorer is loaded once, and each view arrives as the address changes, as back and forward
  // deliver it to a running explorer.
  await explorer.open(VIEWS[0]![1])
  for (const [name, query] of VIEWS) {
    await test.step(name, async () => {
      await explorer.arriveAt(query)
      expect(await axeViolations(explorer.page), name).toEqual([])
    })
  }
})

test('axe: no WCAG 2.2 AA violations with a filter checkbox focused and a notice showing', async ({
  explorer,
}) => {
  await explorer.open('?bogus=1')
  await expect(explorer.page.getByRole('status').filter({ hasText: 'ignored' })).toBeVisible()
  await explorer.showPanel('Filters')
  await explorer.filters().getByRole('checkbox').first().focus()
  expect(await axeViolations(explorer.page)).toEqual([])
})

interface Focused {
  region: string
  name: string
  ring: boolean
  inView: boolean
}

/** Where keyboard focus is, and whether it can be seen there. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const regions: [string, string][] = [
      ['.skip-link', 'skip link'],
      ['.masthead', 'masthead'],
      ['.filters-column', 'filters'],
      ['.timeline-row', 'timeline'],
      ['.map-column', 'map'],
      ['#side-panel', 'panel'],
    ]
    const region = regions.find(([sel]) => el.closest(sel))?.[1] ?? 'elsewhere'
    // An outline of 2px or more on the element, or on the part of it that shows (a place marker
    // rings its name). Box shadows do not count: markers wear them whether focused or not.
    const ringed = (e: Element) => {
      const s = getComputedStyle(e)
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
    }
    const r = el.getBoundingClientRect()
    const label = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null
    return {
      region,
      name: (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '').trim(),
      ring: el.matches(':focus-visible') && [el, ...el.querySelectorAll('*')].some(ringed),
      inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
    }
  })
}

/** Presses Tab until focus is on something named `name` (and returns every stop on the way). */
async function tabTo(page: Page, name: string | RegExp, max = 300): Promise<Focused[]> {
  const stops: Focused[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (!f) continue
    stops.push(f)
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return stops
  }
  throw new Error(`Tab never reached ${String(name)}`)
}

test('Tab goes from the top through filters, map, timeline and panel, always visibly', async ({
  explorer,
}) => {
  await explorer.open()
  const page = explorer.page
  // Every panel open (the default layout folds the filters and the timeline to give the map room),
  // then a fresh page, which remembers them, to Tab from the top.
  await explorer.showPanel('Filters')
  await explorer.showPanel('Timeline')
  await explorer.open()
  const stops: Focused[] = []
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    if (!f) break // past the last element: focus has left the page
    stops.push(f)
  }
  const order = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1])
  // The timeline sits under the map, in the map's column; the details panel is last, to the right.
  expect(order).toEqual(['skip link', 'masthead', 'filters', 'map', 'timeline', 'panel'])
  const unseen = stops.filter((s) => !s.ring || !s.inView)
  expect(unseen, 'focus stops without a visible ring, or out of sight').toEqual([])
  // The map's places and flows are reachable, not just its canvas: every flow button on show (one
  // with no free spot on its line waits off the map; the list twin has every flow).
  const map = stops.filter((s) => s.region === 'map').map((s) => s.name)
  for (const place of ['Pyongyang', 'Vostochny Cosmodrome', 'Komsomolsk-on-Amur', 'Vladivostok'])
    expect(map).toContain(place)
  const flowsShown = await page.locator('button.flow-marker').filter({ visible: true }).count()
  // With the filters and the timeline open the map is smaller and fewer tags find room: at least a
  // few, and each one shown is reachable.
  expect(flowsShown).toBeGreaterThanOrEqual(3)
  expect(map.filter((n) => / flow: /.test(n))).toHaveLength(flowsShown)
})

test('everything by keyboard alone, with each change announced', async ({ explorer }) => {
  const d = new HardeningDriver(explorer.page)
  const page = d.page
  await d.open()
  const announcer = page.getByTestId('selection-announcer')
  await expect(announcer).toHaveText('')

  // A place on the map: its details, with focus on them.
  await tabTo(page, 'Vladivostok')
  await page.keyboard.press('Enter')
  await expect(d.panelHeading()).toHaveText('Vladivostok')
  await expect(d.panelHeading()).toBeFocused()
  await expect(announcer).toHaveText(/^Place selected: Vladivostok\./)
  await expect(page).toHaveURL(/sel=place:vladivostok/)

  // A preset in the filters, from the top of the page, once the map's toolbar has opened them: the
  // counts (a live region) say what is left.
  await page.locator('body').focus()
  await tabTo(page, /^Filters/)
  await page.keyboard.press('Enter')
  await expect(d.filters()).toBeVisible()
  const counts = d.shownCounts()
  const before = await counts.textContent()
  await tabTo(page, /^Cold War/)
  await page.keyboard.press('Enter')
  await expect(counts).not.toHaveText(before ?? '')
  await expect(counts).toHaveAttribute('role', 'status')
  await expect(page).toHaveURL(/years=1948-1991/)

  // An actor checkbox, with the space bar.
  await tabTo(page, /^Russia$/)
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/actors=russia/)

  // A flow on the map.
  await tabTo(page, /^Soviet aid flow: /)
  await page.keyboard.press('Enter')
  await expect(d.panelHeading()).toHaveText('Soviet food, energy and weapons')
  await expect(announcer).toHaveText(/^Flow selected: Soviet food, energy and weapons\./)

  // The list twin of the map, then a place in it.
  await tabTo(page, 'Places and flows')
  await page.keyboard.press('Enter')
  await expect(d.panelHeading()).toHaveText('Places and flows')
  await tabTo(page, 'Moscow')
  await page.keyboard.press('Enter')
  await expect(d.panelHeading()).toHaveText('Moscow')

  // An event on the timeline, once the toolbar has opened it.
  await tabTo(page, /^Timeline/)
  await page.keyboard.press('Enter')
  await tabTo(page, /^1948: /)
  await page.keyboard.press('Enter')
  await expect(d.panelHeading()).toHaveText(/Soviet Union/)
  await expect(announcer).toHaveText(/^Event selected: /)

  // And back to the overview.
  await tabTo(page, /Back to overview$/)
  await page.keyboard.press('Enter')
  await expect(announcer).toHaveText(/^Selection cleared/)
})

test('with reduced motion the map jumps instead of flying, and markers do not animate', async ({
  explorer,
}) => {
  const page = explorer.page
  /** The longest transition on a flow button, in seconds. */
  const transition = () =>
    page
      .locator('button.flow-marker')
      .first()
      .evaluate((e) =>
        Math.max(
          ...getComputedStyle(e)
            .transitionDuration.split(',')
            .map((d) => parseFloat(d)),
        ),
      )
  await explorer.open()
  expect(await transition()).toBeGreaterThanOrEqual(0.1)
  // Far places are one click away from the main view: with motion, the map flies there.
  const moscow = page.getByRole('button', { name: /^Show Moscow/ })
  await expect(moscow).toBeVisible()
  await moscow.click()
  await explorer.waitForMapIdle()
  await expect(explorer.placeMarker('Moscow')).toBeInViewport()
  await page.getByRole('button', { name: 'Reset view' }).click()
  await explorer.waitForMapIdle()
  await expect(moscow).toBeVisible()
  // Back at the default camera, which the link leaves out: the check below sees only the new camera.
  await expect(page).not.toHaveURL(/cam=/)

  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await transition()).toBeLessThan(0.001)
  // A jump ends in the same task: the link has the new camera at once, with no flight in between.
  await moscow.click()
  await expect(page).toHaveURL(/cam=/, { timeout: 250 })
  await explorer.waitForMapIdle()
  await expect(explorer.placeMarker('Moscow')).toBeInViewport()
})
