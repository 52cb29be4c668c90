/**
 * "Save map image": a 1920x1080 PNG a presenter can drop into slides or a report. The map as it is
 * now, with what the room needs to read it on its own: a title, the years and actors shown, a legend,
 * and the credits (the article and the Lowy Institute as the source; Natural Earth for the basemap).
 */
import type { Dataset } from '../../../data/dataset'
import { CONFIDENCE, FLOW_KINDS } from '../../../data/schema'
import { STATE_COLOURS } from '../../../lib/actor-colours'
import { CONFIDENCE_LABEL, FLOW_KIND_LABEL } from '../../../lib/labels'
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

function legend(
  ctx: CanvasRenderingContext2D,
  data: Dataset,
  x: number,
  y: number,
  w: number,
): number {
  ctx.fillStyle = INK
  ctx.font = `600 26px ${SERIF_FONT}`
  ctx.fillText('Legend', x, y)
  y += 34
  ctx.font = `400 19px ${UI_FONT}`
  const states = data.actors.filter((a) => a.kind === 'state' && !a.state && STATE_COLOURS[a.id])
  states.forEach((a, i) => {
    const cx = x + (i % 2) * (w / 2)
    const cy = y + Math.floor(i / 2) * 30
    ctx.fillStyle = STATE_COLOURS[a.id]?.fill ?? '#777'
    ctx.beginPath()
    ctx.arc(cx + 9, cy - 6, 9, 0, Math.PI * 2)
    ctx.fill()
    ctx.fillStyle = INK
    ctx.fillText(a.name, cx + 26, cy)
  })
  y += Math.ceil(states.length / 2) * 30 + 10
  const line = (dash: number[], label: string) => {
    ctx.strokeStyle = INK
    ctx.lineWidth = 4
    ctx.setLineDash(dash)
    ctx.beginPath()
    ctx.moveTo(x, y - 7)
    ctx.lineTo(x + 44, y - 7)
    ctx.stroke()
    ctx.setLineDash([])
    ctx.fillStyle = INK
    y = drawWrapped(ctx, label, x + 58, y, w - 58, 24) + 6
  }
  line([], 'Happened, or reported to have happened')
  line([10, 7], 'Wanted but not delivered, or planned and never built')
  ctx.fillStyle = INK_2
  return drawWrapped(
    ctx,
    'Large dots: the four places the story turns on. Dashed rings: regions the article names no exact point for. Faded: nothing shown there under these filters.',
    x,
    y + 4,
    w,
    24,
  )
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
  if (snapshot) drawMap(ctx, map, snapshot, data, view, 1.25)
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
  legend(ctx, data, x, y + 26, w)

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
