/**
 * The explorer when things go wrong: no WebGL, a lost graphics context, data that fails to arrive.
 * Extends the explorer's driver, so specs still read as user steps and only drivers know selectors.
 */
import { expect, type Locator } from '@playwright/test'
import { ExplorerDriver } from '../driver'

export class HardeningDriver extends ExplorerDriver {
  /** Opens the page and waits for the map column to settle: drawn, or a notice saying why not. */
  async openWithoutMap(query = '') {
    await this.page.goto(`./${query}`)
    await expect(this.page.locator('[data-map-error]')).toBeVisible()
  }

  /** The notice over the map column (no WebGL, lost graphics). */
  get mapNotice(): Locator {
    return this.page.locator('.map-view__notice')
  }

  mapState(): Promise<string | null> {
    return this.map.getAttribute('data-map-state')
  }

  /** What a GPU reset does to the page: the map's WebGL context is lost. */
  async loseMapContext() {
    await this.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')
      const ext = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context')
      if (!ext) throw new Error('no WEBGL_lose_context on the map canvas')
      Object.assign(window, { __loseContext: ext })
      ext.loseContext()
    })
  }

  async restoreMapContext() {
    await this.page.evaluate(() => {
      const ext = (window as unknown as { __loseContext?: WEBGL_lose_context }).__loseContext
      if (!ext) throw new Error('loseMapContext first')
      ext.restoreContext()
    })
  }

  /** The list twin of the map, opened from the notice's button. */
  async showListFromNotice() {
    await this.mapNotice.getByRole('button', { name: 'Show places and flows as a list' }).click()
  }

  listEntry(name: string): Locator {
    return this.sidePanel.getByRole('button', { name, exact: true })
  }

  dataAlert(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ hasText: "The article's data could not be loaded" })
  }

  async tryAgain() {
    await this.dataAlert().getByRole('button', { name: 'Try again' }).click()
  }

  // ---- the page's clock --------------------------------------------------------------------------
  // Waits of seconds (a slow file, the data deadline, a graphics grace period) run on Playwright's
  // clock (page.clock), so a test moves time on instead of waiting for it. Stopped, the clock moves
  // only when the test says: no real time leaks into a check of "not yet" or "by then".

  /** Before the first load: the page's clock is Playwright's, stopped from the start. */
  async stopClockFromStart() {
    const start = Date.now()
    await this.page.clock.install({ time: start })
    await this.page.clock.pauseAt(start + 1_000)
  }

  /** Stops the page's clock (installed before the page loaded, and running) where it is now. */
  async stopClockNow() {
    const now = await this.page.evaluate(() => Date.now())
    await this.page.clock.pauseAt(now + 1_000)
  }

  /**
   * Moves the stopped clock on by `ms`, then 50 ms more to let what those timers set going settle
   * (React Query hands results over on a zero-delay timer).
   */
  async advanceClock(ms: number) {
    await this.page.clock.fastForward(ms)
    await this.page.clock.runFor(50)
  }

  /** Lets the clock run at real speed again, for what follows (drawing the map, say). */
  async runClock() {
    await this.page.clock.resume()
  }

  /** The picture of the map canvas (no HTML markers), for comparing two drawings of one view. */
  /**
   * The map's own drawing, without what is printed over it (names, tags, chips and the legend are
   * HTML, placed to fractions of a pixel that differ between two pages showing the same view). Hidden
   * through the CSSOM for the shot: the page's policy refuses the style element Playwright would add.
   */
  async mapCanvasPng(): Promise<Buffer> {
    const OVER =
      '.maplibregl-marker, .map-edge-markers, .basemap-name, .map-legend, .maplibregl-control-container'
    const hide = (on: boolean) =>
      this.page.evaluate(
        ([selector, on]) => {
          // Without their fade: MapLibre's stylesheet eases a marker's opacity over 0.2 s, and a
          // screenshot taken during it caught the labels half there (a flaky comparison).
          for (const el of document.querySelectorAll<HTMLElement>(selector as string)) {
            el.style.transition = on ? 'none' : ''
            el.style.opacity = on ? '0' : ''
          }
        },
        [OVER, on] as const,
      )
    await hide(true)
    try {
      return await this.page.locator('.maplibregl-canvas').screenshot()
    } finally {
      await hide(false)
    }
  }
}
