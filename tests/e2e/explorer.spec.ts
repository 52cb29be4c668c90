import { expect, test } from './fixtures'
import { loadRealDataset } from '../support/real-data'
import { flowArcs } from '../../src/map/flow-geometry'

/** Each headline place, one event there, and the era it is under when that era starts closed. */
const HEADLINE = [
  { name: 'Pyongyang', event: 'Putin visits Pyongyang', closedEra: 'Revival attempts' },
  { name: 'Vostochny Cosmodrome', event: 'Putin hosts Kim at the Vostochny Cosmodrome' },
  { name: 'Komsomolsk-on-Amur', event: 'Shoigu hosts Kim at the Gagarin aircraft factory' },
  { name: 'Vladivostok', event: "Kim tours the Pacific Fleet's facilities" },
]

test('clicking each headline place shows its story, in the article’s words', async ({
  explorer,
}) => {
  await explorer.open()
  for (const { name, event, closedEra } of HEADLINE) {
    await explorer.clickPlace(name)
    await expect(explorer.placeMarker(name)).toHaveAttribute('aria-pressed', 'true')
    await expect(explorer.panelHeading()).toHaveText(name)
    // Focus went to the heading for screen readers, without a ring after a click.
    await expect(explorer.panelHeading()).toBeFocused()
    await expect(explorer.panelHeading()).toHaveCSS('outline-style', 'none')
    await expect(
      explorer.sidePanel.getByRole('heading', { name: 'What happened here' }).first(),
    ).toBeVisible()
    if (closedEra) {
      await expect(explorer.sidePanel.getByRole('button', { name: event })).toHaveCount(0)
      await explorer.eraToggle(closedEra).click()
      await expect(explorer.eraToggle(closedEra)).toHaveAttribute('aria-expanded', 'true')
    }
    await expect(explorer.sidePanel.getByRole('button', { name: event })).toBeVisible()
    // Each fact carries a quotation with its paragraph and a confidence badge.
    await expect(explorer.sidePanel.locator('blockquote, q').first()).toBeVisible()
    await expect(explorer.sidePanel.getByText(/¶\d+/).first()).toBeVisible()
    await expect(explorer.sidePanel.getByText('Stated').first()).toBeVisible()
  }
})

test('clicking a flow on the map shows it, with its quantity and how sure the article is', async ({
  explorer,
}) => {
  await explorer.open()
  await explorer.clickFlow('Shells, rockets and other munitions to Russia')
  await expect(explorer.panelHeading()).toHaveText('Shells, rockets and other munitions to Russia')
  await expect(explorer.sidePanel).toContainText('around 1000 containers of military material')
  await expect(explorer.sidePanel.getByText('Reported').first()).toBeVisible()
  await expect(
    explorer.flowMarker('Shells, rockets and other munitions to Russia'),
  ).toHaveAttribute('aria-pressed', 'true')
  await expect(explorer.page).toHaveURL(/sel=flow:munitions-to-russia/)
})

test('selecting in a panel highlights on the map, and the other way round', async ({
  explorer,
}) => {
  await explorer.open()
  await explorer.clickPlace('Komsomolsk-on-Amur')
  await explorer.sidePanel.getByRole('button', { name: 'Advanced aircraft, wanted' }).click()
  await expect(explorer.flowMarker('Advanced aircraft, wanted')).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(explorer.placeMarker('Komsomolsk-on-Amur')).toHaveAttribute('aria-pressed', 'false')
  await explorer.timelineEvent(/Kim pledges support/).click()
  await expect(explorer.panelHeading()).toHaveText("Kim pledges support for Russia's war")
  await expect(explorer.timelineEvent(/Kim pledges support/)).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('filtering updates the map, the panels and the timeline together', async ({ explorer }) => {
  await explorer.open()
  const allFlows = await explorer.flowsOnMap()
  const allEvents = await explorer.timelineEventCount()
  expect(allFlows).toHaveLength(10)
  await expect(explorer.shownCounts()).toHaveText(
    `Showing ${allEvents} of ${allEvents} events, 10 of 10 flows`,
  )
  await expect(explorer.looseNote()).toHaveCount(0)

  await explorer.choosePreset(/^Cold War/)
  await expect(explorer.page).toHaveURL(/years=1948-1991/)
  const coldWarFlows = await explorer.flowsOnMap()
  // The Soviet aid era, and undated flows (shown by their own switch), but nothing from 2023.
  expect(coldWarFlows).toContain('soviet-aid')
  expect(coldWarFlows).not.toContain('munitions-to-russia')
  const coldWarEvents = await explorer.timelineEventCount()
  expect(coldWarEvents).toBeLessThan(allEvents)
  await expect(explorer.shownCounts()).toContainText(
    `Showing ${coldWarEvents} of ${allEvents} events, ${coldWarFlows.length} of 10 flows`,
  )
  // The undated items stay (their own switch), and the counts say so in one line.
  await expect(explorer.looseNote()).toHaveText('Includes 9 undated items, drawn lighter.')
  expect(await explorer.activePlacesOnMap()).not.toContain('vostochny')

  await explorer.clearFilters()
  await explorer.chooseActor('Sergei Shoigu')
  // Shoigu sends and receives nothing, but his Pyongyang talks led to the munitions transfer, and he
  // hosted Kim where the aircraft Pyongyang wants are made: the events name those flows.
  expect(await explorer.flowsOnMap()).toEqual(['aircraft', 'munitions-to-russia'])
  expect(await explorer.activePlacesOnMap()).toEqual([
    'eastern-ukraine',
    'komsomolsk-on-amur',
    'pyongyang',
  ])
  expect(await explorer.timelineEventCount()).toBe(3)
  // The kind filter now has something to act on.
  await explorer.chooseFlowKind('Munitions', false)
  expect(await explorer.flowsOnMap()).toEqual(['aircraft'])
  await explorer.chooseFlowKind('Munitions', true)

  // The place panel agrees: Pyongyang's other events are counted as hidden, not dropped.
  await explorer.clickPlace('Pyongyang')
  await expect(
    explorer.sidePanel.getByText(/more .*hidden by the current filters/).first(),
  ).toBeVisible()
})

test('a place’s panel reads in a screen or two: a summary by era, the first era open', async ({
  explorer,
}, testInfo) => {
  await explorer.open()
  await explorer.clickPlace('Pyongyang')
  await expect(explorer.panelHeading()).toHaveText('Pyongyang')
  await expect(explorer.sidePanel).toContainText('Open below: Cold War.')
  await expect(explorer.eraToggle('Cold War')).toHaveAttribute('aria-expanded', 'true')
  await expect(explorer.eraToggle('Since the invasion')).toHaveAttribute('aria-expanded', 'false')
  // It was 8,600 px with everything listed; about 1,950 with the eras. Three screens is the ceiling.
  const viewport = explorer.page.viewportSize()!.height
  expect(await explorer.sidePanelScrollHeight()).toBeLessThan(3 * viewport)
  await explorer.page.screenshot({ path: testInfo.outputPath('pyongyang-1440.png') })

  // By keyboard: the era's button opens it, and its ring shows.
  await explorer.eraToggle('Since the invasion').focus()
  await explorer.page.keyboard.press('Enter')
  await expect(explorer.eraToggle('Since the invasion')).toHaveAttribute('aria-expanded', 'true')
  await expect(explorer.eraToggle('Since the invasion')).not.toHaveCSS('outline-style', 'none')
  await expect(
    explorer.sidePanel.getByRole('button', {
      name: 'Shells, rockets and other munitions to Russia',
    }),
  ).toBeVisible()
})

test('a link reopens exactly that view, and back and forward step through choices', async ({
  explorer,
  browser,
}) => {
  await explorer.open()
  await explorer.choosePreset(/^Since the invasion/)
  await explorer.clickPlace('Vladivostok')
  await expect(explorer.page).toHaveURL(/years=2022-2023.*sel=place:vladivostok/)
  const link = explorer.page.url()

  const other = await browser.newPage()
  await other.goto(link)
  await expect(other.locator('[data-map-state="idle"]')).toBeVisible()
  await expect(other.locator('#side-panel').getByRole('heading', { level: 2 }).first()).toHaveText(
    'Vladivostok',
  )
  await expect(other.locator('.filters-column').getByRole('status')).toContainText(
    /Showing \d+ of \d+ events/,
  )
  await expect(other.locator('.filters-column').getByLabel('From', { exact: true })).toHaveValue(
    '2022',
  )
  await other.close()

  await explorer.page.goBack()
  await expect(explorer.panelHeading()).not.toHaveText('Vladivostok')
  await expect(explorer.page).not.toHaveURL(/sel=/)
  await explorer.page.goBack()
  await expect(explorer.page).not.toHaveURL(/years=/)
  await expect(explorer.filters().getByLabel('From', { exact: true })).toHaveValue('1948')
  await explorer.page.goForward()
  await explorer.page.goForward()
  await expect(explorer.panelHeading()).toHaveText('Vladivostok')
})

test('a mangled link opens a valid view with a short notice', async ({ explorer }) => {
  await explorer.open('?years=1800-3000&sel=place:atlantis&kinds=munitions,nukes&cam=NaN,1')
  await expect(
    explorer.page.getByRole('status').filter({ hasText: 'ignored' }).first(),
  ).toBeVisible()
  await expect(explorer.panelHeading()).toHaveText('Russia and North Korea, place by place')
  expect(await explorer.flowsOnMap()).toEqual(['munitions-to-russia'])
})

test('far places are one click away from the main view', async ({ explorer }) => {
  await explorer.open()
  const moscow = explorer.page.getByRole('button', { name: /^Show Moscow/ })
  await expect(moscow).toBeVisible()
  await moscow.click()
  await explorer.waitForMapIdle()
  await expect(explorer.placeMarker('Moscow')).toBeInViewport()
  await explorer.page.getByRole('button', { name: 'Reset view' }).click()
  await explorer.waitForMapIdle()
  await expect(explorer.page.getByRole('button', { name: /^Show Moscow/ })).toBeVisible()
})

/** Web Mercator, the world as a unit square. */
function mercator([lng, lat]: readonly [number, number]) {
  const s = Math.sin((lat * Math.PI) / 180)
  return { x: (lng + 180) / 360, y: 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI) }
}

test('a flow line itself takes a click, on it or a few pixels off it', async ({ explorer }) => {
  const { page } = explorer
  await explorer.open()
  const data = loadRealDataset()
  // Where the map puts a longitude and latitude on the page, read from two place markers' dots: a flat,
  // north-up map is a scale and a shift of Web Mercator.
  const dot = async (name: string) => {
    const b = (await explorer.placeMarker(name).locator('.place-marker__dot').boundingBox())!
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
  }
  const [pa, pb] = [await dot('Pyongyang'), await dot('Komsomolsk-on-Amur')]
  const [wa, wb] = [
    mercator(data.placeById.get('pyongyang')!.lngLat),
    mercator(data.placeById.get('komsomolsk-on-amur')!.lngLat),
  ]
  const scale = Math.hypot(pb.x - pa.x, pb.y - pa.y) / Math.hypot(wb.x - wa.x, wb.y - wa.y)
  const onPage = (lngLat: readonly [number, number]) => {
    const w = mercator(lngLat)
    return { x: pa.x + (w.x - wa.x) * scale, y: pa.y + (w.y - wa.y) * scale }
  }
  const arc = flowArcs(data).get('labourers')!
  /** A point on the labourers line, at this fraction of its length, that no marker or label covers. */
  const clearPoint = async (fraction: number) => {
    const p = onPage(arc.coordinates[Math.round(fraction * (arc.coordinates.length - 1))]!)
    const free = await page.evaluate(
      ([x, y]) =>
        [-6, 0, 7, 20].every((dy) =>
          document.elementFromPoint(x!, y! + dy)?.classList.contains('maplibregl-canvas'),
        ),
      [p.x, p.y],
    )
    return free ? p : undefined
  }
  const title = 'North Korean labourers'
  // Near its start the line runs a few pixels from the satellite-technology line, drawn above it.
  const onIt = await clearPoint(0.3)
  expect(onIt, 'a clear point near the start of the labourers line').toBeDefined()
  await page.mouse.click(onIt!.x, onIt!.y)
  await expect(explorer.panelHeading()).toHaveText(title)
  await expect(explorer.flowMarker(title)).toHaveAttribute('aria-pressed', 'true')

  await explorer.sidePanel.getByRole('button', { name: /Back to overview/ }).click()
  await expect(explorer.panelHeading()).not.toHaveText(title)
  // Further on it is alone: 7 px beside it (well outside the 3-px line) still counts; 20 px does not.
  const offIt = await clearPoint(0.75)
  expect(offIt, 'a clear point further along the labourers line').toBeDefined()
  await page.mouse.click(offIt!.x, offIt!.y + 20)
  await expect(explorer.sidePanel.getByRole('button', { name: /Back to overview/ })).toHaveCount(0)
  await page.mouse.click(offIt!.x, offIt!.y + 7)
  await expect(explorer.panelHeading()).toHaveText(title)
})
