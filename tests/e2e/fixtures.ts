/**
 * Every browser test runs with a guard: any request that would leave 127.0.0.1 is blocked and fails the
 * test, and so does any uncaught page error. Specs talk to the app only through the driver.
 */
import { test as base, expect } from '@playwright/test'
import { ExplorerDriver } from './driver'

interface Fixtures {
  explorer: ExplorerDriver
  outsideRequests: string[]
}

export const test = base.extend<Fixtures>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = []
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url())
      const local =
        url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:'
      if (local) return route.continue()
      outside.push(route.request().url())
      return route.abort('blockedbyclient')
    })
    await use(outside)
    expect(outside, 'requests that tried to leave 127.0.0.1').toEqual([])
  },
  explorer: async ({ page, outsideRequests }, use) => {
    void outsideRequests // the guard is installed before the page is used
    const pageErrors: string[] = []
    page.on('pageerror', (err) => pageErrors.push(err.message))
    await use(new ExplorerDriver(page))
    expect(pageErrors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }
