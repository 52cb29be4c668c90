/**
 * axe-core in the real browser, through @axe-core/playwright (Deque's own integration: it injects
 * axe into every frame and runs it there, so results match what axe's browser extension reports).
 * The WCAG 2.2 AA rule set, as the accessibility issue asks.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'

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
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
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
