import { expect, test } from './fixtures'

test('the built app loads the data and draws the map with the four headline places', async ({
  explorer,
}) => {
  await explorer.open()
  await expect(explorer.page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia-North Korea: Closer, but not too close',
  )
  for (const name of ['Pyongyang', 'Vostochny Cosmodrome', 'Komsomolsk-on-Amur', 'Vladivostok']) {
    await expect(explorer.placeMarker(name)).toBeVisible()
  }
  // A blank or failed WebGL canvas is one flat colour; the basemap gives land, sea, borders and lines.
  expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)
  await expect(explorer.page.getByText('Natural Earth')).toBeVisible()
})

test('a broken data file shows a message naming the file, record and field, not a blank page', async ({
  explorer,
}) => {
  const page = explorer.page
  await page.route('**/data/places.json', async (route) => {
    const response = await route.fetch()
    const places = (await response.json()) as Record<string, unknown>[]
    places[2]!.lngLat = [137, 120]
    await route.fulfill({ response, json: places })
  })
  await page.goto('./')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText("The article's data could not be loaded")
  await expect(alert).toContainText(
    'data/places.json, record "komsomolsk-on-amur" (#3), field "lngLat[1]": latitude must be between -90 and 90',
  )
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
})

test('a missing data file says which one and offers to try again', async ({ explorer, page }) => {
  let fail = true
  await page.route('**/data/events.json', (route) =>
    fail ? route.fulfill({ status: 404, body: 'nope' }) : route.fallback(),
  )
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText(
    'data/events.json: could not be loaded (HTTP 404',
  )
  fail = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await explorer.waitForMapIdle()
  await expect(explorer.placeMarker('Pyongyang')).toBeVisible()
})
