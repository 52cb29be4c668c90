/**
 * axe-core in the real browser, through @axe-core/playwright (Deque's own integration: it injects
 * axe into every frame and runs it there, so results match what axe's browser extension reports).
 * The WCAG 2.2 AA rule set, as the accessibility issue asks.
 *
 * The rules are those of the axe-core this project names in package.json, handed to the integration
 * as its source: @axe-core/playwright 4.14 declares Node 22.12 or later, so we use 4.13 (the same
 * integration, with no Node requirement), which would otherwise bring its own, older axe-core.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const AXE_VERSION = (require('axe-core/package.json') as { version: string }).version

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeOptions {
  /**
   * Zoomed out to a continent (some briefing stops), neighbouring places on the map sit closer than
   * 24 px and their markers, and the flow buttons between them, crowd each other: the positions are
   * the information. WCAG 2.5.8 excepts such targets when an equivalent control meets it; here that
   * is the list twin of the map (Places and flows, one full-size button per place and per flow), one
   * key away. Only target-size results for map markers are set aside; every other rule still applies.
   */
  mapMarkerSpacingException?: boolean
}

/** Each violation as one readable line: rule, impact, and the first few elements with their fix. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  // axe.run in the page itself ("legacy mode"), rather than runPartial in each frame and finishRun in
  // a blank page opened for it: the same rules on the same DOM, in a quarter of the time here. It
  // does not reach into cross-origin frames, and the explorer has no frames at all (its CSP allows
  // none), which this checks.
  if (page.frames().length > 1)
    throw new Error(
      `axeViolations: the page has ${page.frames().length - 1} frame(s), which legacy mode may skip`,
    )
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    // Every rule still runs and every violation is listed in full; only passes, "incomplete" and
    // inapplicable results are cut to one node each, which we never read (axe's own speed advice).
    // Before withTags: options() replaces the options that withTags adds to.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_22_AA)
    .setLegacyMode(true)
    .analyze()
  if (results.testEngine.version !== AXE_VERSION)
    throw new Error(`axe ${results.testEngine.version} ran, not the project's ${AXE_VERSION}`)
  return results.violations
    .map((v) => {
      if (v.id !== 'target-size' || !options.mapMarkerSpacingException) return v
      const nodes = v.nodes.filter((n) => !/class="(place|flow)-marker/.test(n.html))
      return { ...v, nodes }
    })
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
          .join(' | ')}`,
    )
}
