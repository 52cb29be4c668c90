/**
 * What the app writes on 2D canvases (the PNG export, the hand-out's map pictures): every fillText call,
 * with the box the words take on the canvas (after the context's transform) and the canvas's size. A
 * picture that drops the flow tags, or cuts a name at its edge, shows here, with no pixel reading.
 */
import type { Page } from '@playwright/test'

export interface DrawnText {
  text: string
  left: number
  right: number
  top: number
  bottom: number
  canvasWidth: number
  canvasHeight: number
}

declare global {
  interface Window {
    __drawnText?: DrawnText[]
  }
}

/** Starts recording on every document the page loads. */
export async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    window.__drawnText = []
    const proto = CanvasRenderingContext2D.prototype
    const fillText = proto.fillText
    proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number) {
      const m = this.measureText(text)
      const t = this.getTransform()
      const align = this.textAlign
      const dx =
        align === 'center' ? -m.width / 2 : align === 'right' || align === 'end' ? -m.width : 0
      const x0 = x + dx
      const corners = [
        [x0, y - m.actualBoundingBoxAscent],
        [x0 + m.width, y + m.actualBoundingBoxDescent],
      ].map(([px, py]) => ({ x: t.a * px! + t.c * py! + t.e, y: t.b * px! + t.d * py! + t.f }))
      window.__drawnText?.push({
        text,
        left: Math.min(corners[0]!.x, corners[1]!.x),
        right: Math.max(corners[0]!.x, corners[1]!.x),
        top: Math.min(corners[0]!.y, corners[1]!.y),
        bottom: Math.max(corners[0]!.y, corners[1]!.y),
        canvasWidth: this.canvas.width,
        canvasHeight: this.canvas.height,
      })
      // eslint-disable-next-line prefer-rest-params
      return fillText.apply(this, arguments as unknown as Parameters<typeof fillText>)
    }
  })
}

/** What has been drawn since the last call, and forgets it. */
export async function takeDrawnText(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    const out = window.__drawnText ?? []
    window.__drawnText = []
    return out
  })
}
