/**
 * The map picture: the captured WebGL canvas (basemap and flow lines), with the places drawn on top
 * from the data, as the map's HTML markers show them (those are not part of the canvas): state colour,
 * headline places larger, regions as dashed rings, places with nothing shown muted, the selection ringed.
 */
import type { Dataset } from '../../../data/dataset'
import { actorColour, NEUTRAL_COLOUR } from '../../../lib/actor-colours'
import { computeVisible } from '../../../lib/visibility'
import type { MapSnapshot } from '../../../map/map-handle'
import { emphasisOf } from '../../../lib/selection-emphasis'
import type { Filters, Selection } from '../../../lib/explorer-view'
import { UI_FONT } from './canvas-text'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export const SEA = '#dfe6ea'

/** Fits the map into `rect` whole (nothing the room saw is cut), on the sea colour; `unit` scales marks. */
export function drawMap(
  ctx: CanvasRenderingContext2D,
  rect: Rect,
  snapshot: MapSnapshot,
  data: Dataset,
  view: { filters: Filters; selection: Selection | null },
  unit = 1,
) {
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

  const visible = computeVisible(data, view.filters)
  const emphasis = emphasisOf(data, view.selection)
  const marks = data.places
    .map((place, i) => {
      const p = snapshot.points[i]
      return p && { place, x: ox + p.x * scale, y: oy + p.y * scale }
    })
    .filter(
      (m): m is NonNullable<typeof m> =>
        !!m && m.x >= rect.x && m.x <= rect.x + rect.w && m.y >= rect.y && m.y <= rect.y + rect.h,
    )
  const shown = (id: string) => visible.places.has(id)
  // Muted first, headline last, so the important marks sit on top.
  marks.sort(
    (a, b) =>
      Number(shown(a.place.id)) - Number(shown(b.place.id)) ||
      Number(a.place.headline) - Number(b.place.headline),
  )

  const labelBoxes: Rect[] = []
  for (const { place, x, y } of marks) {
    const on = shown(place.id)
    const strong = emphasis.selectedPlace === place.id || emphasis.relatedPlaces.has(place.id)
    ctx.globalAlpha = on ? 1 : 0.4
    const fill = (place.country ? actorColour(place.country, data.stateOf) : NEUTRAL_COLOUR).fill
    if (place.kind === 'region') {
      ctx.setLineDash([4 * unit, 3 * unit])
      ctx.lineWidth = 2 * unit
      ctx.strokeStyle = '#45505c'
      ctx.fillStyle = 'rgb(255 255 255 / 50%)'
      ctx.beginPath()
      ctx.arc(x, y, 10 * unit, 0, Math.PI * 2)
      ctx.fill()
      ctx.stroke()
      ctx.setLineDash([])
    } else {
      const r = (place.headline ? 7 : 4.5) * unit
      ctx.fillStyle = 'rgb(0 0 0 / 65%)'
      ctx.beginPath()
      ctx.arc(x, y, r + 4.5 * unit, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = '#fff'
      ctx.beginPath()
      ctx.arc(x, y, r + 3 * unit, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = fill
      ctx.beginPath()
      ctx.arc(x, y, r, 0, Math.PI * 2)
      ctx.fill()
    }
    if (strong) {
      ctx.lineWidth = 3 * unit
      ctx.strokeStyle = '#111'
      ctx.beginPath()
      ctx.arc(x, y, (place.headline ? 15 : 12) * unit, 0, Math.PI * 2)
      ctx.stroke()
    }
    // Names: skipped where they would cover one already drawn, like the map's own decluttering.
    const size = (place.headline ? 17 : 14) * unit
    ctx.font = `${place.headline || strong ? 700 : 400} ${size}px ${UI_FONT}`
    const tx = x + (place.headline ? 16 : 12) * unit
    const w = ctx.measureText(place.name).width
    const box = { x: tx - 3 * unit, y: y - size * 0.7, w: w + 6 * unit, h: size * 1.4 }
    if (
      !labelBoxes.some(
        (b) => b.x < box.x + box.w && box.x < b.x + b.w && b.y < box.y + box.h && box.y < b.y + b.h,
      )
    ) {
      labelBoxes.push(box)
      ctx.textBaseline = 'middle'
      ctx.lineJoin = 'round'
      ctx.lineWidth = 4 * unit
      ctx.strokeStyle = 'rgb(255 255 255 / 90%)'
      ctx.strokeText(place.name, tx, y)
      ctx.fillStyle = '#1d2733'
      ctx.fillText(place.name, tx, y)
      ctx.textBaseline = 'alphabetic'
    }
    ctx.globalAlpha = 1
  }
  ctx.restore()
}

/** One stop's map for the printed hand-out, at the size the map was drawn. JPEG: a map photo prints
 * as well and encodes many times faster than PNG, which matters for twelve of them. */
export async function composeStopImage(
  data: Dataset,
  snapshot: MapSnapshot,
  view: { filters: Filters; selection: Selection | null },
): Promise<Blob | null> {
  const ratio = snapshot.image.width / snapshot.width
  const canvas = document.createElement('canvas')
  canvas.width = snapshot.image.width
  canvas.height = snapshot.image.height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  // Names a little larger than on screen: the picture prints at about 15 cm wide.
  drawMap(
    ctx,
    { x: 0, y: 0, w: canvas.width, h: canvas.height },
    snapshot,
    data,
    view,
    ratio * 1.35,
  )
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9))
}
