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

test('the built app draws the map with the four headline places, and each shows its story in the article’s words', async ({
  explorer,
}) => {
  await explorer.open()
  await expect(explorer.page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia-North Korea: Closer, but not too close',
  )
  for (const { name } of HEADLINE) await expect(explorer.placeMarker(name)).toBeVisible()
  // A blank or failed WebGL canvas is one flat colour; the basemap gives land, sea, borders and lines.
  expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)
  await expect(explorer.page.getByText('Natural Earth')).toBeVisible()

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
  await explorer.clickFlow('North Korean arms and munitions to Russia')
  await expect(explorer.panelHeading()).toHaveText('North Korean arms and munitions to Russia')
  await expect(explorer.sidePanel).toContainText('around 1000 containers of military material')
  await expect(explorer.sidePanel.getByText('Reported').first()).toBeVisible()
  await expect(explorer.flowMarker('North Korean arms and munitions to Russia')).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(explorer.page).toHaveURL(/sel=flow:munitions-to-russia/)
})

test('selecting in a panel highlights on the map, and the other way round', async ({
  explorer,
}) => {
  await explorer.open()
  await explorer.showPanel('Timeline')
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
  await explorer.showPanel('Filters')
  const allFlows = await explorer.flowsOnMap()
  const allEvents = await explorer.timelineEventCount()
  expect(allFlows).toHaveLength(12)
  await expect(explorer.shownCounts()).toHaveText(
    `Showing ${allEvents} of ${allEvents} events, 12 of 12 flows`,
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
    `Showing ${coldWarEvents} of ${allEvents} events, ${coldWarFlows.length} of 12 flows`,
  )
  // The undated items stay (their own switch), and the counts say so in one line.
  const data = loadRealDataset()
  const undated = [...data.events, ...data.flows].filter((x) => x.when.kind === 'undated').length
  await expect(explorer.looseNote()).toHaveText(`Includes ${undated} undated items, drawn lighter.`)
  expect(await explorer.activePlacesOnMap()).not.toContain('vostochny')

  await explorer.clearFilters()
  await explorer.chooseActor('Sergei Shoigu')
  // Shoigu sends and receives nothing, but his Pyongyang talks led to the munitions transfer, and he
  // hosted Kim where the aircraft Pyongyang wants are made: the events name those flows.
  expect(await explorer.flowsOnMap()).toEqual(['aircraft', 'munitions-to-russia'])
  // The munitions line ends at Russia's edge (the article names no destination in Russia).
  expect(await explorer.activePlacesOnMap()).toEqual(['komsomolsk-on-amur', 'pyongyang', 'russia'])
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
      name: 'North Korean arms and munitions to Russia',
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
  // A fresh browser starts with the filters folded: the toolbar says they are on, and opens them.
  const filtersToggle = other
    .getByRole('group', { name: 'Panels around the map' })
    .getByRole('button', { name: 'Filters on' })
  await filtersToggle.click()
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

interface Pt {
  x: number
  y: number
}

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
  /** The first of these fractions whose point is clear: flow buttons sit along the lines too. */
  const firstClear = async (fractions: number[]) => {
    for (const f of fractions) {
      const p = await clearPoint(f)
      if (p) return p
    }
    return undefined
  }
  const title = 'North Korean labourers'
  // Near its start the line runs a few pixels from the satellite-technology line, drawn above it.
  const onIt = await firstClear([0.3, 0.25, 0.35, 0.2])
  expect(onIt, 'a clear point near the start of the labourers line').toBeDefined()
  await page.mouse.click(onIt!.x, onIt!.y)
  await expect(explorer.panelHeading()).toHaveText(title)
  await expect(explorer.flowMarker(title)).toHaveAttribute('aria-pressed', 'true')

  await explorer.sidePanel.getByRole('button', { name: /Back to overview/ }).click()
  await expect(explorer.panelHeading()).not.toHaveText(title)
  // Where it is alone (no other line within 16 px of a point 20 px to one side), 7 px to that side
  // (well outside the 3-px line) still counts; 20 px does not.
  const others = [...flowArcs(data)]
    .filter(([id]) => id !== 'labourers')
    .map(([, a]) => a.coordinates.map(onPage))
  const toSegment = (p: Pt, a: Pt, b: Pt) => {
    const dx = b.x - a.x
    const dy = b.y - a.y
    const t = Math.max(
      0,
      Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
    )
    return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y)
  }
  const alone = (p: Pt) =>
    others.every((line) => line.every((q, i) => i === 0 || toSegment(p, line[i - 1]!, q) > 16))
  const sides: Pt[] = [
    { x: 0, y: 1 },
    { x: 0, y: -1 },
    { x: 1, y: 0 },
    { x: -1, y: 0 },
  ]
  /** Nothing printed on the map (a tag, a name) at these points: a click there reaches the canvas. */
  const onCanvas = (points: Pt[]) =>
    page.evaluate(
      (pts) =>
        pts.every((q) =>
          document.elementFromPoint(q.x, q.y)?.classList.contains('maplibregl-canvas'),
        ),
      points,
    )
  let off: { p: Pt; side: Pt } | undefined
  for (let f = 0.05; f < 0.96 && !off; f += 0.05) {
    const p = await clearPoint(f)
    if (!p) continue
    for (const d of sides) {
      const at = (k: number) => ({ x: p.x + k * d.x, y: p.y + k * d.y })
      // 20 px to a side is that far from the line only where the line runs across that side: on a
      // steep stretch, 20 px down is a few px from it. Measured square to the line itself.
      const ownLine = arc.coordinates.map(onPage)
      const fromOwn = (q: Pt) =>
        Math.min(...ownLine.slice(1).map((b, i) => toSegment(q, ownLine[i]!, b)))
      if (alone(at(20)) && fromOwn(at(20)) >= 16 && (await onCanvas([at(7), at(20)]))) {
        off = { p, side: d }
        break
      }
    }
  }
  expect(off, 'a clear point where the labourers line is alone to one side').toBeDefined()
  const { p, side } = off!
  await page.mouse.click(p.x + 20 * side.x, p.y + 20 * side.y)
  await expect(explorer.sidePanel.getByRole('button', { name: /Back to overview/ })).toHaveCount(0)
  await page.mouse.click(p.x + 7 * side.x, p.y + 7 * side.y)
  await expect(explorer.panelHeading()).toHaveText(title)
})
