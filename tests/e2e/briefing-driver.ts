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

  /** Whether the stop's title can be seen where it stands: nothing (the map, a bar) is drawn over it. */
  async stopTitleUncovered(): Promise<boolean> {
    return this.stopTitle.evaluate((h) => {
      const r = h.getBoundingClientRect()
      const y = r.top + Math.min(8, r.height / 2)
      return [r.left + 4, (r.left + r.right) / 2].every((x) => {
        const hit = document.elementFromPoint(x, y)
        return !!hit && h.contains(hit)
      })
    })
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

  /** Where the map puts each place's dot now (its centre, in px): the same stop draws them alike. */
  async dotCentres(ids: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
    await this.explorer.waitForMapIdle()
    return this.page.evaluate((ids) => {
      const out: Record<string, { x: number; y: number }> = {}
      for (const id of ids) {
        const dot = document.querySelector(
          `.place-marker[data-place-id="${CSS.escape(id)}"] .place-marker__dot`,
        )
        if (!dot) continue
        const r = dot.getBoundingClientRect()
        out[id] = { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 }
      }
      return out
    }, ids)
  }

  /** "The map has moved away from this stop", with the way back. */
  get awayNotice(): Locator {
    return this.page.locator('.briefing-stage__away')
  }

  /**
   * The smallest text the room can see, in px, and what it says: the stop's card and its controls, and
   * everything printed on the map (names, tags, chips, the legend). Screen-reader-only text is not seen.
   */
  async smallestTextInRoom(): Promise<{ px: number; what: string }> {
    return this.page.evaluate(() => {
      let best = { px: Infinity, what: '' }
      for (const el of document.querySelectorAll('.briefing-stage *, .map-column *')) {
        if (el.closest('.visually-hidden')) continue
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
        if (!own) continue
        const style = getComputedStyle(el)
        const r = el.getBoundingClientRect()
        if (style.visibility === 'hidden' || r.width === 0 || r.height === 0) continue
        if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue
        const px = parseFloat(style.fontSize)
        if (px < best.px) best = { px, what: `"${el.textContent?.trim().slice(0, 40)}"` }
      }
      return best
    })
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

  /** How much of the card is still below what shows, px (Next shows it before moving on). */
  async cardBelow(): Promise<number> {
    return this.stage
      .locator('.briefing-stage__scroll')
      .evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)
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

  /** Saves the map image and checks it is a PNG with the map drawn in it (not a blank canvas). */
  async saveDrawnMapImage(): Promise<Buffer> {
    const png = await this.saveMapImage()
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(await this.pngColourCount(png, { x: 0, y: 0, w: 400, h: 400 })).toBeGreaterThan(20)
    return png
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

  /**
   * Each hand-out page as laid out now (call it with print media emulated): the page, the map's share
   * of it (its figure), the part of the figure the picture actually covers (object-fit leaves bands
   * where the shapes differ), and its legend's box, entries and whether it overflows its column.
   */
  async handoutLayout() {
    return this.handoutPages.evaluateAll((pages) =>
      pages.map((page) => {
        const box = (el: Element | null) => {
          if (!el) return null
          const r = el.getBoundingClientRect()
          return { left: r.left, top: r.top, width: r.width, height: r.height }
        }
        const img = page.querySelector<HTMLImageElement>('.handout-page__map img')
        let drawn = null
        if (img && img.naturalWidth) {
          const r = img.getBoundingClientRect()
          const scale = Math.min(r.width / img.naturalWidth, r.height / img.naturalHeight)
          drawn = { width: img.naturalWidth * scale, height: img.naturalHeight * scale }
        }
        const legend = page.querySelector('.handout-legend')
        const text = page.querySelector('.handout-page__text')
        return {
          page: box(page)!,
          body: box(page.querySelector('.handout-page__body'))!,
          figure: box(page.querySelector('.handout-page__map'))!,
          drawn,
          legend: box(legend),
          legendEntries: [...(legend?.querySelectorAll('li') ?? [])].map((li) =>
            (li.textContent ?? '').trim(),
          ),
          // The text column (points, quotations, legend) fits its page: nothing hidden below.
          textFits: !!text && text.scrollHeight <= text.clientHeight + 1,
          links: [...page.querySelectorAll('a[href], .handout-page__link')].map(
            (a) => a.getAttribute('href') ?? a.textContent ?? '',
          ),
          footer: page.querySelector('.handout-page__foot')?.textContent ?? '',
        }
      }),
    )
  }

  /**
   * The words the map prints on screen now (place names, flow tags, country and sea names), as a
   * person sees them: shown, inside the map, text-transform applied.
   */
  async mapWords(): Promise<string[]> {
    await this.explorer.waitForMapIdle()
    return this.page.evaluate(() => {
      const map = document.querySelector('.map-view')!.getBoundingClientRect()
      const out: string[] = []
      for (const el of document.querySelectorAll(
        '.map-view .place-marker__label, .map-view .flow-marker, .map-view .basemap-name',
      )) {
        const style = getComputedStyle(el)
        const r = el.getBoundingClientRect()
        if (style.visibility !== 'visible' || el.closest('[hidden]') || !r.width) continue
        if (r.right < map.left || r.left > map.right || r.bottom < map.top || r.top > map.bottom)
          continue
        const text = (el.textContent ?? '').trim()
        out.push(style.textTransform === 'uppercase' ? text.toUpperCase() : text)
      }
      return out
    })
  }

  /** The short notices shown at the foot of the page ("Added …"). */
  get notices(): Locator {
    return this.page.locator('.notices .notice')
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
    // The list is complete once the shipped and the saved briefings have both been read.
    await expect(this.dialog.locator('.briefing-list')).toHaveAttribute('aria-busy', 'false')
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

  async renameBriefing(to: string) {
    await this.dialog.getByLabel('Briefing title').fill(to)
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
    const input = this.dialog.getByLabel('Import a briefing file…')
    // As a person would: the control takes a file once the article's data has arrived.
    await expect(input).toBeEnabled()
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
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
