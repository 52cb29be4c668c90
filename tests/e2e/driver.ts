/**
 * The explorer as a person uses it. Specs read as user steps; only this file knows selectors.
 */
import type { Locator, Page } from '@playwright/test'
import { pngColourCount } from '../support/page-probes'

/** As long as any expect() waits (playwright.config.ts). */
const IDLE_TIMEOUT_MS = 15_000

export class ExplorerDriver {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`./${query}`)
    await this.waitForMapIdle()
  }

  /**
   * The address changes to `query` in the running explorer (pushState + popstate: what back and
   * forward deliver), which then shows that view: a link followed without a new page load.
   */
  async arriveAt(query: string) {
    await this.page.evaluate((url) => {
      window.history.pushState(null, '', `./${url}`)
      window.dispatchEvent(new PopStateEvent('popstate'))
    }, query)
    await this.waitForMapIdle()
  }

  get map(): Locator {
    return this.page.locator('[data-map-state]')
  }

  /**
   * Idle after the latest change has been drawn (the map sets "loading" on every change), on screen.
   * Checked at every animation frame: an expect() looks again only every half second once a wait
   * passes about 0.3 s, and the suite waits for the map some hundreds of times.
   */
  async waitForMapIdle() {
    const idle = () => {
      const map = document.querySelector('[data-map-state="idle"]')
      const box = map?.getBoundingClientRect()
      return (
        !!box && box.width > 0 && box.height > 0 && getComputedStyle(map!).visibility !== 'hidden'
      )
    }
    try {
      await this.page.waitForFunction(idle, undefined, { polling: 'raf', timeout: IDLE_TIMEOUT_MS })
    } catch (error) {
      const state = await this.map.getAttribute('data-map-state').catch(() => 'no map')
      throw new Error(
        `The map was not idle and visible within ${IDLE_TIMEOUT_MS} ms (data-map-state: ${state})`,
        { cause: error },
      )
    }
  }

  /** Ids of the flows the map currently shows (their buttons are hidden when filtered out). */
  async flowsOnMap(): Promise<string[]> {
    await this.waitForMapIdle()
    return this.page
      .locator('button.flow-marker:not([hidden])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flow-id') ?? '').sort())
  }

  /** Places drawn at full strength (those with something visible under the filters). */
  async activePlacesOnMap(): Promise<string[]> {
    await this.waitForMapIdle()
    return this.page
      .locator('button.place-marker:not(.place-marker--muted)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id') ?? '').sort())
  }

  timelineEvent(name: string | RegExp): Locator {
    return this.timeline.getByRole('button', { name })
  }

  async timelineEventCount(): Promise<number> {
    await this.showPanel('Timeline')
    return this.timeline
      .getByRole('button', { name: /^(Undated|\d{4}|[A-Z][a-z]+ \d{4}|\d{4}–\d{4}).*: / })
      .count()
  }

  shownCounts(): Locator {
    return this.filters().getByRole('status')
  }

  panelHeading(): Locator {
    return this.sidePanel.getByRole('heading', { level: 2 }).first()
  }

  /** The button that opens or closes an era of a place's panel ("Cold War, 1948–1991 …"). */
  eraToggle(era: string): Locator {
    return this.sidePanel.getByRole('button', { name: new RegExp(`^${era}`) })
  }

  /** The line under the counts on what the years keep in loosely (undated items, long eras). */
  looseNote(): Locator {
    return this.shownCounts().locator('.shown-counts__loose')
  }

  /** The side panel's scrolling height, in CSS pixels: how far a reader scrolls through it. */
  async sidePanelScrollHeight(): Promise<number> {
    return this.sidePanel.evaluate((panel) => {
      const scrolling = [panel, ...panel.querySelectorAll('*')].find(
        (el) => el.scrollHeight > el.clientHeight && getComputedStyle(el).overflowY !== 'visible',
      )
      return (scrolling ?? panel).scrollHeight
    })
  }

  /**
   * Opens a panel the map's toolbar folds away (filters, timeline, details), as a person would: a click
   * on its toggle, if it is closed. The default layout leaves some closed to give the map room.
   */
  async showPanel(name: 'Filters' | 'Timeline' | 'Details') {
    const toggle = this.page
      .getByRole('group', { name: 'Panels around the map' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    // The filters and the timeline load when first opened: wait for their content.
    if (name === 'Filters') await this.filters().getByRole('status').waitFor()
    if (name === 'Timeline') await this.timeline.getByRole('button').first().waitFor()
  }

  async chooseFlowKind(label: string, on: boolean) {
    await this.showPanel('Filters')
    await this.filters().getByRole('checkbox', { name: label, exact: true }).setChecked(on)
  }

  async openPanelTab(name: 'Details' | 'Places and flows' | 'Sources') {
    await this.sidePanel.getByRole('button', { name, exact: true }).click()
  }

  /** Place markers on the map are buttons named by the place. */
  placeMarker(name: string): Locator {
    return this.page.locator('.map-column').getByRole('button', { name, exact: true })
  }

  /** Flow buttons are named "<tag> flow: <title>": the tag is the words the button shows. */
  flowMarker(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return this.page
      .locator('.map-column')
      .getByRole('button', { name: new RegExp(`^[\\w .·-]+ flow: ${escaped}$`) })
  }

  /** A flow's tag on the map, by the flow's id. */
  flowTag(id: string): Locator {
    return this.page.locator(`.flow-marker[data-flow-id="${id}"]`)
  }

  async clickPlace(name: string) {
    await this.placeMarker(name).click()
  }

  async clickFlow(title: string) {
    await this.flowMarker(title).click()
  }

  get sidePanel(): Locator {
    return this.page.locator('#side-panel')
  }

  get timeline(): Locator {
    return this.page.locator('.timeline-row')
  }

  async detailsHeading(): Promise<string> {
    return (await this.sidePanel.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
  }

  filters(): Locator {
    return this.page.locator('.filters-column')
  }

  async chooseActor(name: string) {
    await this.showPanel('Filters')
    await this.filters().getByRole('checkbox', { name, exact: true }).check()
  }

  async choosePreset(name: string | RegExp) {
    await this.showPanel('Filters')
    await this.filters().getByRole('button', { name }).click()
  }

  async clearFilters() {
    await this.showPanel('Filters')
    await this.filters().getByRole('button', { name: 'Clear all filters' }).click()
  }

  /** Counts the distinct colours in the map canvas, to tell a drawn map from a blank one. */
  async mapCanvasColourCount(): Promise<number> {
    return pngColourCount(this.page, await this.page.locator('.maplibregl-canvas').screenshot())
  }
}
