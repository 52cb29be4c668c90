/**
 * What the room sees, read from the rendered page: every box printed on the map (place dots and names,
 * flow tags, edge chips, country and sea names, the map's controls and legend) with its font size,
 * which of them overlap or are cut by the map's edge, whether the page overflows sideways, and where
 * given places sit relative to the part of the map nothing covers. Place markers are positioned by
 * MapLibre from its own projection, so a dot's box is where the map puts that place.
 *
 * The probe runs inside the page (one evaluate, no app internals): it only reads DOM boxes and styles.
 */
import type { Page } from '@playwright/test'

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

export type PrintedKind =
  'place-dot' | 'place-name' | 'flow-tag' | 'edge-chip' | 'basemap-name' | 'control' | 'legend'

export interface Printed {
  kind: PrintedKind
  /** The place or flow id, or the text for names and controls. */
  id: string
  box: Box
  /** Computed font size in px (0 for boxes without text). */
  fontPx: number
  text: string
}

export interface RoomReport {
  viewport: { width: number; height: number }
  /** How far the page is wider than the window (0 when nothing overflows sideways). */
  overflowX: number
  map: Box
  /** The map's share of the window's area, 0..1. */
  mapShare: number
  printed: Printed[]
  /** "kind id / kind id" for every pair of printed boxes that overlap. */
  overlaps: string[]
  /** Printed boxes that reach past the map's edge. */
  cut: string[]
  /** For each place asked about: shown, its dot inside the map and clear of the legend and controls. */
  places: { id: string; shown: boolean; inMap: boolean; covered: boolean }[]
}

const SELECTORS: Record<PrintedKind, string> = {
  'place-dot': '.place-marker .place-marker__dot',
  'place-name': '.place-marker .place-marker__label',
  'flow-tag': '.flow-marker',
  'edge-chip': '.edge-marker',
  'basemap-name': '.basemap-name',
  control: '.maplibregl-ctrl-group, .maplibregl-ctrl-attrib',
  legend: '.map-legend',
}

/** Reads the page as the room sees it. `placeIds`: places whose dots must be in the open map. */
export async function readRoom(page: Page, placeIds: readonly string[] = []): Promise<RoomReport> {
  return page.evaluate(
    ({ selectors, placeIds }) => {
      const seen = (el: Element): boolean => {
        const s = getComputedStyle(el)
        if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0)
          return false
        const r = el.getBoundingClientRect()
        if (r.width === 0 || r.height === 0) return false
        // Hidden by an ancestor (display: none or visibility: hidden on a parent).
        return (el as HTMLElement).offsetParent !== null || s.position === 'fixed'
      }
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })
      const mapEl = document.querySelector('.map-view__map')
      const mapBox = mapEl
        ? box(mapEl.getBoundingClientRect())
        : { left: 0, top: 0, right: 0, bottom: 0 }
      const printed: {
        kind: string
        id: string
        box: { left: number; top: number; right: number; bottom: number }
        fontPx: number
        text: string
      }[] = []
      for (const [kind, selector] of Object.entries(selectors)) {
        for (const el of document.querySelectorAll(selector)) {
          if (!seen(el)) continue
          const owner = el.closest('[data-place-id], [data-flow-id]') as HTMLElement | null
          const text = (el.textContent ?? '').trim()
          printed.push({
            kind,
            id: owner?.dataset.placeId ?? owner?.dataset.flowId ?? text,
            box: box(el.getBoundingClientRect()),
            fontPx: text ? parseFloat(getComputedStyle(el).fontSize) : 0,
            text,
          })
        }
      }
      const overlap = (a: typeof mapBox, b: typeof mapBox) =>
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5
      const overlaps: string[] = []
      for (let i = 0; i < printed.length; i++)
        for (let j = i + 1; j < printed.length; j++) {
          const a = printed[i]!
          const b = printed[j]!
          // Controls stack in their own corner groups; MapLibre lays those out.
          if (a.kind === 'control' && b.kind === 'control') continue
          if (overlap(a.box, b.box)) overlaps.push(`${a.kind} ${a.id} / ${b.kind} ${b.id}`)
        }
      const within = (b: typeof mapBox) =>
        b.left >= mapBox.left - 0.5 &&
        b.right <= mapBox.right + 0.5 &&
        b.top >= mapBox.top - 0.5 &&
        b.bottom <= mapBox.bottom + 0.5
      const cut = printed
        .filter((p) => p.kind !== 'legend' && !within(p.box))
        .map((p) => `${p.kind} ${p.id}`)
      const covers = printed.filter((p) => p.kind === 'control' || p.kind === 'legend')
      const places = placeIds.map((id) => {
        const dot = document.querySelector(
          `.place-marker[data-place-id="${CSS.escape(id)}"] .place-marker__dot`,
        )
        const shown = !!dot && seen(dot)
        const b = dot ? box(dot.getBoundingClientRect()) : mapBox
        return {
          id,
          shown,
          inMap: shown && within(b),
          covered: shown && covers.some((c) => overlap(c.box, b)),
        }
      })
      const width = window.innerWidth
      const height = window.innerHeight
      return {
        viewport: { width, height },
        overflowX: Math.max(0, document.documentElement.scrollWidth - width),
        map: mapBox,
        mapShare:
          (Math.max(0, Math.min(mapBox.right, width) - Math.max(mapBox.left, 0)) *
            Math.max(0, Math.min(mapBox.bottom, height) - Math.max(mapBox.top, 0))) /
          (width * height),
        printed,
        overlaps,
        cut,
        places,
      } as never
    },
    { selectors: SELECTORS, placeIds: [...placeIds] },
  )
}

/** The smallest font among printed boxes of the given kinds, with what it is. */
export function smallestText(
  report: RoomReport,
  kinds: readonly PrintedKind[],
): { px: number; what: string } | null {
  let best: { px: number; what: string } | null = null
  for (const p of report.printed) {
    if (!kinds.includes(p.kind) || !p.fontPx) continue
    if (!best || p.fontPx < best.px) best = { px: p.fontPx, what: `${p.kind} "${p.text}"` }
  }
  return best
}

export interface LineCheck {
  id: string
  /** The colour the line must be drawn in, "#rrggbb". */
  colour: string
  /** The line's points, [lng, lat] (flowArcs). */
  points: readonly (readonly [number, number])[]
  /** Half the side of the patch searched around each point, px: wider for a double line's gap. */
  patch?: number
}

/**
 * How each line is drawn, read from the map's own pixels: its points are put on screen with the map's
 * projection as MapLibre applied it to the place markers (the scale and offset that carry each place's
 * Web Mercator position to its dot), then the canvas is sampled there, away from anything printed over
 * it. `matching` counts samples in the line's colour; a receding line is grey and matches none.
 */
export async function lineColours(
  page: Page,
  places: readonly { id: string; lngLat: readonly [number, number] }[],
  lines: readonly LineCheck[],
): Promise<{ id: string; samples: number; matching: number; length: number }[]> {
  const png = await page.locator('.maplibregl-canvas').screenshot()
  return page.evaluate(
    async ({ b64, places, lines }) => {
      const merc = ([lng, lat]: readonly [number, number]) => {
        const phi = (Math.max(-85, Math.min(85, lat)) * Math.PI) / 180
        return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2]
      }
      const canvas = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect()
      // The map's projection, from where MapLibre put the place markers: screen = a * mercator + b.
      const pairs = places.flatMap((p) => {
        const dot = document.querySelector(
          `.place-marker[data-place-id="${CSS.escape(p.id)}"] .place-marker__dot`,
        )
        if (!dot) return []
        const r = dot.getBoundingClientRect()
        const [mx, my] = merc(p.lngLat)
        return [
          {
            mx: mx!,
            my: my!,
            sx: (r.left + r.right) / 2 - canvas.left,
            sy: (r.top + r.bottom) / 2 - canvas.top,
          },
        ]
      })
      const n = pairs.length
      const mean = (f: (p: (typeof pairs)[number]) => number) =>
        pairs.reduce((s, p) => s + f(p), 0) / n
      const [mxm, mym, sxm, sym] = [
        mean((p) => p.mx),
        mean((p) => p.my),
        mean((p) => p.sx),
        mean((p) => p.sy),
      ]
      const a =
        pairs.reduce((s, p) => s + (p.mx - mxm) * (p.sx - sxm) + (p.my - mym) * (p.sy - sym), 0) /
        pairs.reduce((s, p) => s + (p.mx - mxm) ** 2 + (p.my - mym) ** 2, 0)
      const project = (ll: readonly [number, number]) => {
        const [mx, my] = merc(ll)
        return [sxm + a * (mx! - mxm), sym + a * (my! - mym)] as const
      }
      const img = new Image()
      img.src = `data:image/png;base64,${b64}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const scale = img.width / canvas.width
      // Nothing printed over the sample: no name, tag, chip, legend or control.
      const covers = [
        ...document.querySelectorAll(
          '.place-marker, .flow-marker, .edge-marker, .basemap-name, .map-legend, .maplibregl-ctrl',
        ),
      ]
        .filter((el) => getComputedStyle(el).visibility !== 'hidden')
        .flatMap((el) => [el, ...el.querySelectorAll('.place-marker__label')])
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0)
      const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
      return lines.map((line) => {
        const want = hex(line.colour)
        let samples = 0
        let matching = 0
        let length = 0
        for (let i = 1; i < line.points.length; i++) {
          const [x0, y0] = project(line.points[i - 1]!)
          const [x1, y1] = project(line.points[i]!)
          length += Math.hypot(x1 - x0, y1 - y0)
        }
        for (let i = 2; i < line.points.length - 2; i++) {
          const [x, y] = project(line.points[i]!)
          const px = x + canvas.left
          const py = y + canvas.top
          if (x < 4 || y < 4 || x > canvas.width - 4 || y > canvas.height - 4) continue
          if (
            covers.some(
              (r) => px > r.left - 6 && px < r.right + 6 && py > r.top - 6 && py < r.bottom + 6,
            )
          )
            continue
          samples++
          // The best match in a small patch: the line is 4 px wide, its dashes have gaps.
          let best = Infinity
          const k = line.patch ?? 2
          for (let dx = -k; dx <= k; dx++)
            for (let dy = -k; dy <= k; dy++) {
              const d = ctx.getImageData(
                Math.round((x + dx) * scale),
                Math.round((y + dy) * scale),
                1,
                1,
              ).data
              best = Math.min(
                best,
                Math.hypot(d[0]! - want[0]!, d[1]! - want[1]!, d[2]! - want[2]!),
              )
            }
          if (best < 60) matching++
        }
        return { id: line.id, samples, matching, length }
      })
    },
    {
      b64: png.toString('base64'),
      places: places.map((p) => ({ id: p.id, lngLat: [...p.lngLat] as [number, number] })),
      lines: lines.map((l) => ({ ...l, points: l.points.map((p) => [...p] as [number, number]) })),
    },
  )
}
