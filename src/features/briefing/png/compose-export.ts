/**
 * "Save map image": a 1920x1080 PNG a presenter can drop into slides or a report. The map as it is
 * now, with what the room needs to read it on its own: a title, the years and actors shown, a legend,
 * and the credits (the article and the Lowy Institute as the source; Natural Earth for the basemap).
 */
import type { Dataset } from '../../../data/dataset'
import type { LineStyle } from '../../../components/FlowLineSwatch'
import type { MapLegendEntries } from '../../../components/map-legend-entries'
import type { MarkerStyle } from '../../../components/MarkerSwatch'
import { CONFIDENCE, FLOW_KINDS } from '../../../data/schema'
import { CONFIDENCE_LABEL, FLOW_KIND_LABEL, LINES_ARE_NOT_ROUTES } from '../../../lib/labels'
import { selectionName } from '../../../lib/selection-name'
import type { MapSnapshot } from '../../../map/map-handle'
import type { Filters, Selection } from '../../../lib/explorer-view'
import { drawWrapped, SERIF_FONT, UI_FONT } from './canvas-text'
import { drawMap, SEA } from './draw-map'

export const EXPORT_WIDTH = 1920
export const EXPORT_HEIGHT = 1080

const INK = '#1d2733'
const INK_2 = '#45505c'
const PAPER = '#fbf8f3'
const RULE = '#d9d1c4'

export interface ExportView {
  filters: Filters
  selection: Selection | null
  /** What the picture is of: the stop, the selection, or the article. */
  title: string
  /** What the map shows, for its legend (mapLegendEntries). */
  legend: MapLegendEntries
}

/** The filters in words: "Years 2022–2023, undated items left out". */
export function describeFilters(data: Dataset, f: Filters): { label: string; value: string }[] {
  const names = (ids: readonly string[]) =>
    ids.map((id) => data.actorById.get(id)?.name ?? id).join(', ')
  return [
    {
      label: 'Years',
      value: `${f.years[0] === f.years[1] ? `${f.years[0]} only` : `${f.years[0]}–${f.years[1]}`}, undated items ${f.includeUndated ? 'included' : 'left out'}`,
    },
    { label: 'Actors', value: f.actors.length ? names(f.actors) : 'All' },
    {
      label: 'Flows',
      value:
        f.flowKinds.length === FLOW_KINDS.length
          ? 'All kinds'
          : f.flowKinds.length
            ? f.flowKinds.map((k) => FLOW_KIND_LABEL[k]).join(', ')
            : 'None',
    },
    {
      label: 'How sure',
      value:
        f.confidence.length === CONFIDENCE.length
          ? 'All grades'
          : f.confidence.length
            ? f.confidence.map((c) => CONFIDENCE_LABEL[c]).join(', ')
            : 'None',
    },
  ]
}

/** A short line drawn as the map draws each style (FlowLineSwatch's shapes, on a canvas). */
function lineSwatch(ctx: CanvasRenderingContext2D, style: LineStyle, x: number, y: number) {
  const ink = style === 'receded' ? '#8a8a8a' : INK
  ctx.save()
  ctx.strokeStyle = ink
  ctx.fillStyle = ink
  ctx.globalAlpha = style === 'loose' ? 0.5 : 1
  const end = x + 44
  if (style === 'tie') {
    ctx.lineWidth = 2.5
    for (const dy of [-4, 4]) {
      ctx.beginPath()
      ctx.moveTo(x, y + dy)
      ctx.lineTo(end, y + dy)
      ctx.stroke()
    }
  } else if (style === 'journey') {
    for (let cx = x + 3; cx <= end; cx += 9) {
      ctx.beginPath()
      ctx.arc(cx, y, 2.6, 0, Math.PI * 2)
      ctx.fill()
    }
  } else {
    const arrow = style !== 'ended'
    ctx.lineWidth = 4
    ctx.setLineDash(style === 'dashed' ? [9, 6] : [])
    ctx.beginPath()
    ctx.moveTo(x, y)
    ctx.lineTo(arrow ? end - 9 : end - 2, y)
    ctx.stroke()
    ctx.setLineDash([])
    if (arrow) {
      ctx.beginPath()
      ctx.moveTo(end - 11, y - 7)
      ctx.lineTo(end, y)
      ctx.lineTo(end - 11, y + 7)
      ctx.fill()
    } else {
      ctx.lineWidth = 4
      ctx.beginPath()
      ctx.moveTo(end - 1, y - 8)
      ctx.lineTo(end - 1, y + 8)
      ctx.stroke()
    }
  }
  ctx.restore()
}

/** A place mark as the map draws it (MarkerSwatch's shapes, on a canvas). */
function markerSwatch(ctx: CanvasRenderingContext2D, style: MarkerStyle, cx: number, cy: number) {
  ctx.save()
  ctx.fillStyle = '#8a8f96'
  ctx.strokeStyle = '#4b5058'
  ctx.lineWidth = 2
  ctx.beginPath()
  if (style === 'country') {
    ctx.setLineDash([3, 2])
    ctx.roundRect(cx - 8, cy - 8, 16, 16, 2)
    ctx.fill()
    ctx.stroke()
  } else if (style === 'region') {
    ctx.setLineDash([4, 3])
    ctx.arc(cx, cy, 12, 0, Math.PI * 2)
    ctx.globalAlpha = 0.35
    ctx.fill()
    ctx.globalAlpha = 1
    ctx.stroke()
  } else {
    ctx.fillStyle = 'rgb(0 0 0 / 65%)'
    ctx.arc(cx, cy, 12, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = '#fff'
    ctx.beginPath()
    ctx.arc(cx, cy, 10.5, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = '#8a8f96'
    ctx.beginPath()
    ctx.arc(cx, cy, 7.5, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.restore()
}

/** The legend: only what this map shows (mapLegendEntries, as the map's own legend), in its words. */
function legend(
  ctx: CanvasRenderingContext2D,
  entries: MapLegendEntries,
  x: number,
  y: number,
  w: number,
): number {
  ctx.fillStyle = INK
  ctx.font = `600 26px ${SERIF_FONT}`
  ctx.fillText('Legend', x, y)
  y += 34
  ctx.font = `400 19px ${UI_FONT}`
  for (const l of entries.lines) {
    lineSwatch(ctx, l.style, x, y - 7)
    ctx.fillStyle = INK
    y = drawWrapped(ctx, l.label, x + 58, y, w - 58, 24) + 6
  }
  if (entries.colours.length) {
    ctx.fillStyle = INK_2
    ctx.fillText('Line colour: the sending state', x, y)
    y += 28
    entries.colours.forEach((c, i) => {
      const cx = x + (i % 2) * (w / 2)
      const cy = y + Math.floor(i / 2) * 30
      ctx.fillStyle = c.colour
      ctx.beginPath()
      ctx.arc(cx + 9, cy - 6, 9, 0, Math.PI * 2)
      ctx.fill()
      ctx.fillStyle = INK
      ctx.fillText(c.name, cx + 26, cy)
    })
    y += Math.ceil(entries.colours.length / 2) * 30 + 4
  }
  for (const m of entries.markers) {
    markerSwatch(ctx, m.style, x + 22, y - 7)
    ctx.fillStyle = INK
    y = drawWrapped(ctx, m.label, x + 58, y, w - 58, 24) + 6
  }
  ctx.fillStyle = INK_2
  return drawWrapped(ctx, LINES_ARE_NOT_ROUTES, x, y + 4, w, 24)
}

export async function composeExport(
  data: Dataset,
  snapshot: MapSnapshot | null,
  view: ExportView,
): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas')
  canvas.width = EXPORT_WIDTH
  canvas.height = EXPORT_HEIGHT
  const ctx = canvas.getContext('2d')
  if (!ctx) return canvas
  ctx.fillStyle = PAPER
  ctx.fillRect(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT)

  ctx.fillStyle = INK_2
  ctx.font = `700 20px ${UI_FONT}`
  ctx.fillText(`A MAP OF THE ARTICLE “${data.source.title.toUpperCase()}”`, 40, 48)
  ctx.fillStyle = INK
  ctx.font = `600 46px ${SERIF_FONT}`
  drawWrapped(ctx, view.title, 40, 104, EXPORT_WIDTH - 80, 52, 1)

  const map = { x: 40, y: 132, w: 1380, h: 852 }
  if (snapshot) drawMap(ctx, map, snapshot)
  else {
    ctx.fillStyle = SEA
    ctx.fillRect(map.x, map.y, map.w, map.h)
    ctx.fillStyle = INK_2
    ctx.font = `400 24px ${UI_FONT}`
    ctx.fillText(
      'The map could not be drawn in this browser (it needs WebGL).',
      map.x + 40,
      map.y + 60,
    )
  }
  ctx.strokeStyle = RULE
  ctx.lineWidth = 2
  ctx.strokeRect(map.x, map.y, map.w, map.h)

  const x = 1456
  const w = EXPORT_WIDTH - x - 40
  let y = 160
  ctx.fillStyle = INK
  ctx.font = `600 26px ${SERIF_FONT}`
  ctx.fillText('Shown on this map', x, y)
  y += 34
  const selected = view.selection && selectionName(data, view.selection)
  for (const { label, value } of [
    ...describeFilters(data, view.filters),
    ...(selected ? [{ label: 'Selected', value: selected }] : []),
  ]) {
    ctx.font = `700 19px ${UI_FONT}`
    ctx.fillStyle = INK
    ctx.fillText(label, x, y)
    ctx.font = `400 19px ${UI_FONT}`
    y = drawWrapped(ctx, value, x + 100, y, w - 100, 24, 3) + 8
  }
  legend(ctx, view.legend, x, y + 26, w)

  ctx.fillStyle = INK_2
  ctx.font = `400 19px ${UI_FONT}`
  ctx.fillText(
    `Source: “${data.source.title}”, ${data.source.publication}, ${data.source.publisher} (undated; late 2023). Every fact shown is from the article.`,
    40,
    1022,
  )
  ctx.fillText(
    'Basemap: Natural Earth (public domain). Dates the article only implies are inferred; see the explorer for quotations.',
    40,
    1050,
  )
  return canvas
}
