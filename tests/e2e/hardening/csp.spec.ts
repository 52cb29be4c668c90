/**
 * Issue item 5: the built page declares a strict Content-Security-Policy in index.html (so it holds on
 * any static host), the explorer works under it with no violation at all, and the policy really blocks
 * what it should.
 */
import { recordCspViolations } from '../../support/page-probes'
import { expect, test } from '../fixtures'

const policyOf = async (page: import('@playwright/test').Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')

test('the built page declares a strict policy before anything it covers', async ({ request }) => {
  const html = await (await request.get('./')).text()
  const head = html.slice(0, html.indexOf('<script'))
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1]
  expect(policy, 'a CSP <meta> before the first script').toBeTruthy()
  const directives = new Map(
    policy!.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )
  expect(directives.get('default-src')).toEqual(["'none'"])
  expect(directives.get('script-src')).toEqual(["'self'"])
  expect(directives.get('worker-src')).toEqual(["'self'"])
  expect(directives.get('connect-src')).toEqual(["'self'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(directives.get('base-uri')).toEqual(["'none'"])
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*|https?:/)
  // No inline script for the policy to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
})

test('the explorer draws and works under the policy without a single violation, and the policy blocks inline script and eval', async ({
  explorer,
}) => {
  const violations = await recordCspViolations(explorer.page)
  await explorer.open()
  expect(await policyOf(explorer.page)).toContain("script-src 'self'")
  expect(await explorer.mapCanvasColourCount()).toBeGreaterThan(20)

  await explorer.clickPlace('Pyongyang')
  await explorer.clickFlow('North Korean arms and munitions to Russia')
  await explorer.timelineEvent(/Kim pledges support/).click()
  await explorer.choosePreset(/^Cold War/)
  await explorer.openPanelTab('Places and flows')
  await explorer.openPanelTab('Sources')
  await explorer.clearFilters()
  await explorer.page.getByRole('button', { name: 'Reset view' }).click()
  await explorer.waitForMapIdle()
  await explorer.page.getByRole('button', { name: 'Zoom in' }).click()
  await explorer.waitForMapIdle()
  expect(await violations()).toEqual([])

  // Then, in the same page, what the policy is for.
  // Run from a timer, not from the test's own evaluate: DevTools evaluation is exempt from the policy.
  await explorer.page.evaluate(() => {
    setTimeout(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      try {
        Object.assign(window, { __evalRan: (0, eval)('true') as boolean })
      } catch {
        Object.assign(window, { __evalRan: false }) // EvalError: refused by the policy
      }
    }, 0)
  })
  await expect.poll(() => explorer.page.evaluate(() => '__evalRan' in window)).toBe(true)
  const outcome = await explorer.page.evaluate(() => ({
    inlineRan: '__inlineRan' in window,
    evalRan: (window as unknown as { __evalRan: boolean }).__evalRan,
  }))
  expect(outcome).toEqual({ inlineRan: false, evalRan: false })
  await expect
    .poll(async () => (await violations()).map((v) => v.split(' ')[0]))
    .toEqual(expect.arrayContaining(['script-src-elem', 'script-src']))
})
