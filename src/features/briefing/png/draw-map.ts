/**
 * The map picture: the captured WebGL canvas (basemap and flow lines), and on it everything the map
 * prints as HTML, drawn where the page's own label layout put it (map-handle's `pieces`): place dots
 * and names, flow tags, country and sea names, edge chips. So the picture says what the screen says,
 * in the same places, and nothing is cut that the screen shows whole.
 */
import type { MapSnapshot, PrintedPiece } from '../../../map/map-handle'
import { wrapText } from './canvas-text'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export const SEA = '#dfe6ea'

const transparent = (colour: string) =>
  !colour || colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour)

function dash(style: string, width: number): number[] {
  if (style === 'dashed') return [width * 2.2, width * 1.6]
  if (style === 'dotted') return [width, width]
  return []
}

function boxPath(ctx: CanvasRenderingContext2D, p: PrintedPiece, grow: number) {
  ctx.beginPath()
  ctx.roundRect(
    p.left - grow,
    p.top - grow,
    p.width + 2 * grow,
    p.height + 2 * grow,
    Math.max(0, p.radius + grow),
  )
}

/** An edge chip's arrow (edge-marker-element.ts draws the same path on a 16-unit grid). */
function drawArrow(ctx: CanvasRenderingContext2D, p: PrintedPiece, size: number) {
  if (!p.arrow) return
  const k = size / 16
  ctx.save()
  ctx.translate(p.arrow.left + p.arrow.width / 2, p.arrow.top + p.arrow.height / 2)
  ctx.rotate((p.arrow.angle * Math.PI) / 180)
  ctx.scale(k, k)
  ctx.translate(-8, -8)
  ctx.strokeStyle = p.colour
  ctx.lineWidth = 2.4
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  ctx.stroke(new Path2D('M1 8h10M7 3.5 12.5 8 7 12.5'))
  ctx.restore()
}

/** One printed piece, in the map's CSS pixels. */
export function drawPiece(ctx: CanvasRenderingContext2D, p: PrintedPiece) {
  ctx.save()
  ctx.globalAlpha = p.opacity
  if (p.filter) ctx.filter = p.filter
  // Rings (box-shadows) outermost first, so each inner one lies on the one outside it.
  for (const ring of [...p.rings].sort((a, b) => b.spread - a.spread)) {
    boxPath(ctx, p, ring.spread)
    ctx.fillStyle = ring.colour
    ctx.fill()
  }
  if (!transparent(p.background)) {
    boxPath(ctx, p, 0)
    ctx.fillStyle = p.background
    ctx.fill()
  }
  if (p.borderWidth > 0 && p.borderStyle !== 'none' && !transparent(p.borderColour)) {
    boxPath(ctx, p, -p.borderWidth / 2)
    ctx.setLineDash(dash(p.borderStyle, p.borderWidth))
    ctx.lineWidth = p.borderWidth
    ctx.strokeStyle = p.borderColour
    ctx.stroke()
    ctx.setLineDash([])
  }
  if (p.text) {
    ctx.font = p.font
    ctx.letterSpacing = `${p.letterSpacing}px`
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    const size = parseFloat(p.font.match(/(\d+(?:\.\d+)?)px/)?.[1] ?? '16')
    const lines = p.wrapWidth ? wrapText(ctx, p.text, p.wrapWidth + 1) : [p.text]
    const lineHeight = size * 1.1
    const cx = p.textBox.left + p.textBox.width / 2
    const top = p.textBox.top + p.textBox.height / 2 - ((lines.length - 1) * lineHeight) / 2
    lines.forEach((line, i) => {
      const y = top + i * lineHeight
      if (p.halo) {
        ctx.lineJoin = 'round'
        ctx.lineWidth = 4
        ctx.strokeStyle = p.halo
        ctx.strokeText(line, cx, y)
      }
      ctx.fillStyle = p.colour
      ctx.fillText(line, cx, y)
    })
    drawArrow(ctx, p, size)
  }
  ctx.restore()
}

/** Fits the map into `rect` whole (nothing the room saw is cut), on the sea colour, with its words. */
export function drawMap(ctx: CanvasRenderingContext2D, rect: Rect, snapshot: MapSnapshot) {
  ctx.save()
  ctx.beginPath()
  ctx.rect(rect.x, rect.y, rect.w, rect.h)
  ctx.clip()
  ctx.fillStyle = SEA
  ctx.fillRect(rect.x, rect.y, rect.w, rect.h)
  const scale = Math.min(rect.w / snapshot.width, rect.h / snapshot.height)
  const ox = rect.x + (rect.w - snapshot.width * scale) / 2
  const oy = rect.y + (rect.h - snapshot.height * scale) / 2
  ctx.drawImage(snapshot.image, ox, oy, snapshot.width * scale, snapshot.height * scale)
  ctx.translate(ox, oy)
  ctx.scale(scale, scale)
  for (const piece of snapshot.pieces) drawPiece(ctx, piece)
  ctx.restore()
}

/** One stop's map for the printed hand-out, at the size the map was drawn. JPEG: a map photo prints
 * as well and encodes many times faster than PNG, which matters for twelve of them. */
export async function composeStopImage(snapshot: MapSnapshot): Promise<Blob | null> {
  const canvas = document.createElement('canvas')
  canvas.width = snapshot.image.width
  canvas.height = snapshot.image.height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  drawMap(ctx, { x: 0, y: 0, w: canvas.width, h: canvas.height }, snapshot)
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92))
}
