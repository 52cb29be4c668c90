/**
 * Briefing mode as a presenter uses it. Specs read as the presenter's steps; only this file (and
 * driver.ts, for the explorer itself) knows selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { pngColourCount } from '../support/page-probes'
import type { ExplorerDriver } from './driver'

export class BriefingDriver {
  readonly page: Page
  constructor(readonly explorer: ExplorerDriver) {
    this.page = explorer.page
  }

  // ---- presenting -------------------------------------------------------------------------------

  async present() {
    await this.page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect(this.stage).toBeVisible()
  }

  /** Opens a stop link, e.g. ?briefing=default&stop=7, and waits for the stop and the map. */
  async openStopLink(stop: number | string, briefing = 'default') {
    await this.page.goto(`./?briefing=${briefing}&stop=${stop}`)
    await this.explorer.waitForMapIdle()
  }

  /** The room's view of a stop: the map and the stop's card. */
  get stage(): Locator {
    return this.page.locator('.briefing-stage')
  }

  /** The bar shown while the presenter explores. */
  get exploreBar(): Locator {
    return this.page.locator('.briefing-bar')
  }

  get stopTitle(): Locator {
    return this.stage.getByRole('heading', { level: 2 })
  }

  get progress(): Locator {
    return this.page.locator('.briefing-progress__count')
  }

  get announcer(): Locator {
    return this.page.getByTestId('briefing-announcer')
  }

  get blackout(): Locator {
    return this.page.locator('.briefing-blackout')
  }

  async expectStop(n: number, of: number, title?: string) {
    await expect(this.progress).toHaveText(`${n} / ${of}`)
    await expect(this.announcer).toHaveText(
      title ? `Stop ${n} of ${of}: ${title}` : new RegExp(`^Stop ${n} of ${of}: `),
    )
    if (title) await expect(this.stopTitle).toHaveText(title)
  }

  async press(...keys: string[]) {
    for (const key of keys) await this.page.keyboard.press(key)
  }

  /** A number then Enter, as on a keyboard or a clicker with a keypad. */
  async jumpTo(stop: number) {
    for (const digit of String(stop)) await this.page.keyboard.press(digit)
    await this.page.keyboard.press('Enter')
  }

  /** Presses Tab until `target` has the keyboard focus (at most `max` times). */
  async tabTo(target: Locator, max = 10) {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab')
      if (await target.evaluate((e) => e === document.activeElement)) return
    }
    throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`)
  }

  async isFullscreen(): Promise<boolean> {
    return this.page.evaluate(() => document.fullscreenElement !== null)
  }

  /** Waits until the map shows the stop exactly as defined (filters, selection, camera) and is drawn. */
  async expectAtStop(at = true) {
    await expect(this.page.locator('.briefing-stage, .briefing-bar')).toHaveAttribute(
      'data-at-stop',
      String(at),
    )
    if (at) await this.explorer.waitForMapIdle()
  }

  async dragMap(dx: number, dy: number) {
    const box = await this.explorer.map.boundingBox()
    if (!box) throw new Error('The map is not on screen')
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await this.page.mouse.move(x, y)
    await this.page.mouse.down()
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 })
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 })
    await this.page.mouse.up()
  }

  /** Whether the stop card's text fits without scrolling, and its body type size in px. */
  async stageFit(): Promise<{ fits: boolean; fontPx: number }> {
    return this.stage.evaluate((el) => {
      const scroll = el.querySelector('.briefing-stage__scroll') as HTMLElement
      return {
        fits: scroll.scrollHeight <= scroll.clientHeight + 1,
        fontPx: parseFloat(getComputedStyle(el).fontSize),
      }
    })
  }

  // ---- hand-outs ----------------------------------------------------------------------------------

  async saveMapImage(): Promise<Buffer> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Save map image' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('russia-north-korea-map.png')
    const path = await file.path()
    const { readFileSync } = await import('node:fs')
    return readFileSync(path)
  }

  /** Counts the distinct colours in a region of a PNG, decoded by the browser. */
  pngColourCount(png: Buffer, region: { x: number; y: number; w: number; h: number }) {
    return pngColourCount(this.page, png, region)
  }

  async openHandout(briefingTitle: string) {
    await this.openManager()
    await this.briefingItem(briefingTitle).getByRole('button', { name: 'Print hand-out' }).click()
    await expect(this.page.locator('.handout[data-ready="true"]')).toBeVisible({ timeout: 150_000 })
  }

  get handoutPages(): Locator {
    return this.page.locator('.handout-page')
  }

  /** Prints the page to PDF as the browser's "Save as PDF" does, and counts its pages. */
  async printedPageCount(): Promise<number> {
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true })
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  }

  // ---- your own briefings -------------------------------------------------------------------------

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async openManager() {
    await this.page.getByRole('button', { name: 'Briefings…' }).click()
    await expect(this.dialog.getByRole('heading', { name: 'Briefings', exact: true })).toBeVisible()
  }

  briefingItem(title: string): Locator {
    return this.dialog
      .locator('.briefing-list__item')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) })
  }

  async briefingTitles(): Promise<string[]> {
    return this.dialog.locator('.briefing-list__item h3').allTextContents()
  }

  async addViewAsStop(stopTitle: string, to: string | { newBriefing: string }) {
    await this.page.getByRole('button', { name: 'Add this view as a stop' }).click()
    await this.dialog.getByLabel('Stop title').fill(stopTitle)
    const target = this.dialog.getByLabel('Add to')
    if (typeof to === 'string') {
      const value = await target.locator('option', { hasText: `${to} (` }).getAttribute('value')
      await target.selectOption(value ?? '')
    } else {
      await target.selectOption({ label: 'A new briefing' })
      await this.dialog.getByLabel('New briefing’s title').fill(to.newBriefing)
    }
    await this.dialog.getByRole('button', { name: 'Add stop' }).click()
    await expect(this.dialog).toBeHidden()
  }

  async editBriefing(title: string) {
    await this.briefingItem(title).getByRole('button', { name: 'Edit' }).click()
    await expect(this.dialog.getByRole('heading', { name: `Edit “${title}”` })).toBeVisible()
  }

  stopEditor(n: number): Locator {
    return this.dialog.locator('.stop-editor').nth(n - 1)
  }

  async exportBriefing(title: string): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download')
    await this.briefingItem(title).getByRole('button', { name: 'Export file' }).click()
    const file = await download
    const { readFileSync } = await import('node:fs')
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') }
  }

  async deleteBriefing(title: string) {
    await this.briefingItem(title).getByRole('button', { name: 'Delete…' }).click()
    await this.briefingItem(title)
      .getByRole('button', { name: `Delete “${title}” for good` })
      .click()
    await expect(this.briefingItem(title)).toHaveCount(0)
  }

  async importFile(name: string, text: string) {
    await this.dialog
      .getByLabel('Import a briefing file…')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  }

  get dialogAlert(): Locator {
    return this.dialog.getByRole('alert')
  }

  get dialogStatus(): Locator {
    return this.dialog.getByRole('status')
  }

  async savedInBrowser(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('rnk-explorer:briefings'))
  }

  // ---- the presenter's window ---------------------------------------------------------------------

  /** Opens the presenter view in a second window of the same browser (same origin, no network). */
  async openPresenterView(): Promise<PresenterDriver> {
    const page = await this.page.context().newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto('./?presenter=1')
    return new PresenterDriver(page, errors)
  }
}

export class PresenterDriver {
  constructor(
    readonly page: Page,
    readonly errors: string[],
  ) {}

  get now(): Locator {
    return this.page.locator('.presenter__now')
  }

  get next(): Locator {
    return this.page.locator('.presenter__next')
  }

  get clock(): Locator {
    return this.page.locator('.presenter-clock time')
  }

  async expectStop(n: number, of: number, title: string) {
    await expect(this.now.locator('.presenter__label')).toContainText(`stop ${n} of ${of}`)
    await expect(this.now.getByRole('heading', { level: 2 })).toHaveText(title)
  }

  async startFromHere() {
    await this.page.getByRole('button', { name: /^Start “/ }).click()
  }

  async press(key: string) {
    await this.page.bringToFront()
    await this.page.keyboard.press(key)
  }

  async jumpTo(stop: number) {
    await this.page.bringToFront()
    for (const digit of String(stop)) await this.page.keyboard.press(digit)
    await this.page.keyboard.press('Enter')
  }

  button(name: string | RegExp): Locator {
    return this.page.locator('.presenter__controls').getByRole('button', { name })
  }
}
