/**
 * Pointing at flow lines on a real map: the flow layers and the click module (sync-flow-clicks.ts) on
 * MapLibre in the browser, clicked and hovered with real pointer events. Where a spot is needed (on one
 * line and clear of the others, or between two lines close together), it is found on the drawn map, so
 * the tests follow the data and the camera rather than fixed pixels.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { fetchDataset } from '../../src/data/dataset'
import { pointAlong } from '../../src/lib/arcs'
import { visibleFor } from '../../src/lib/visibility'
import { flowArcs } from '../../src/map/flow-geometry'
import { distanceToLines, type ScreenPoint } from '../../src/map/screen-distance'
import { HIT_SLOP_PX, syncFlowClicks } from '../../src/map/sync-flow-clicks'
import { syncFlowLayers } from '../../src/map/sync-flow-layers'
import { useAppStore } from '../../src/store'
import { HEIGHT, idle, mountMap, WIDTH, type RealMap } from './real-map'

const data = await fetchDataset()
const arcs = flowArcs(data)
const flowIds = [...arcs.keys()]
const kindOf = (id: string) => data.flowById.get(id)!.kind
/** Spots this far inside the map's edges, clear of the zoom buttons and the credits. */
const MARGIN = 60

let real: RealMap
beforeEach(async () => {
  real = await mountMap(data, [syncFlowLayers, syncFlowClicks])
})
afterEach(() => real.remove())

const lineOf = (id: string): ScreenPoint[] =>
  arcs.get(id)!.coordinates.map((c) => real.map.project([c[0], c[1]]))
const distanceTo = (p: ScreenPoint, id: string) => distanceToLines(p, [lineOf(id)])
const onScreen = (p: ScreenPoint) =>
  p.x > MARGIN && p.x < WIDTH - MARGIN && p.y > MARGIN && p.y < HEIGHT - MARGIN

/** Spots along a flow's line that are on screen, with the direction of the line there. */
function spotsAlong(id: string): { p: ScreenPoint; along: ScreenPoint }[] {
  const coordinates = arcs.get(id)!.coordinates
  const at = (f: number) => real.map.project(pointAlong(coordinates, Math.min(1, Math.max(0, f))))
  const out = []
  for (let i = 1; i < 400; i++) {
    const p = at(i / 400)
    const next = at((i + 1) / 400)
    const length = Math.hypot(next.x - p.x, next.y - p.y) || 1
    if (onScreen(p))
      out.push({ p, along: { x: (next.x - p.x) / length, y: (next.y - p.y) / length } })
  }
  return out
}

/** A spot on one flow's line with no other line within `clearance` px. */
function loneSpot(clearance: number) {
  for (const id of flowIds)
    for (const spot of spotsAlong(id))
      if (flowIds.every((other) => other === id || distanceTo(spot.p, other) > clearance))
        return { id, ...spot }
  throw new Error(`no spot on screen ${clearance} px clear of every other line`)
}

/**
 * A spot on flow `a`'s line with flow `b`'s line 3 to 6 px away and no third line within 20 px; `a` and
 * `b` of different kinds, so one can be filtered out and not the other.
 */
function closePair() {
  for (const a of flowIds)
    for (const b of flowIds) {
      if (kindOf(a) === kindOf(b)) continue
      for (const { p } of spotsAlong(a)) {
        const d = distanceTo(p, b)
        if (d < 3 || d > 6) continue
        if (flowIds.every((o) => o === a || o === b || distanceTo(p, o) > 20)) return { a, b, p }
      }
    }
  throw new Error('no spot where two lines of different kinds run 3 to 6 px apart')
}

const canvas = () => real.map.getCanvas()
const click = (p: ScreenPoint) => userEvent.click(canvas(), { position: { x: p.x, y: p.y } })
const hover = (p: ScreenPoint) => userEvent.hover(canvas(), { position: { x: p.x, y: p.y } })
const selection = () => useAppStore.getState().selection
/** The point of a polyline nearest `p`. */
function nearestPointOn(line: readonly ScreenPoint[], p: ScreenPoint): ScreenPoint {
  let best = line[0]!
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!
    const b = line[i]!
    const dx = b.x - a.x
    const dy = b.y - a.y
    const t = Math.max(
      0,
      Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
    )
    const q = { x: a.x + t * dx, y: a.y + t * dy }
    if (Math.hypot(q.x - p.x, q.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y)) best = q
  }
  return best
}

/** `p` moved `by` px across the line whose direction there is `along`. */
const across = (p: ScreenPoint, along: ScreenPoint, by: number) => ({
  x: p.x - along.y * by,
  y: p.y + along.x * by,
})

describe('pointing at flow lines on the map', () => {
  it('shows a pointer over a line, and a click selects its flow', async () => {
    const { id, p } = loneSpot(30)
    await hover(p)
    expect(canvas().style.cursor).toBe('pointer')
    await click(p)
    expect(selection()).toEqual({ kind: 'flow', id })
  })

  it('counts a click within half the slop of a thin line, and not one further off', async () => {
    const { id, p, along } = loneSpot(40)
    await click(across(p, along, HIT_SLOP_PX / 2 + 10))
    expect(selection()).toBeNull()
    await hover(across(p, along, HIT_SLOP_PX / 2 + 10))
    expect(canvas().style.cursor).toBe('')
    await click(across(p, along, HIT_SLOP_PX / 2 - 3))
    expect(selection()).toEqual({ kind: 'flow', id })
  })

  it('picks the nearest of two lines close together, whichever is drawn on top', async () => {
    const { a, b, p } = closePair()
    await click(p)
    expect(selection()).toEqual({ kind: 'flow', id: a })
    // Most of the way from a's line to b's: b is now the nearer, whether it is drawn above a or below.
    const onB = nearestPointOn(lineOf(b), p)
    const q = { x: p.x + (onB.x - p.x) * 0.8, y: p.y + (onB.y - p.y) * 0.8 }
    expect(distanceTo(q, b)).toBeLessThan(distanceTo(q, a))
    await click(q)
    expect(selection()).toEqual({ kind: 'flow', id: b })
  })

  it('passes over a filtered-out flow to a visible one beside it', async () => {
    const { a, b, p } = closePair()
    useAppStore.getState().toggleFlowKind(kindOf(a))
    await idle(real.map)
    expect(visibleFor(data, useAppStore.getState().filters).flows.has(a)).toBe(false)
    await hover(p)
    expect(canvas().style.cursor).toBe('pointer')
    await click(p)
    expect(selection()).toEqual({ kind: 'flow', id: b })
  })

  it('ignores a filtered-out line with no other near: no pointer, no selection', async () => {
    const { id, p } = loneSpot(30)
    useAppStore.getState().toggleFlowKind(kindOf(id))
    await idle(real.map)
    await hover(p)
    expect(canvas().style.cursor).toBe('')
    await click(p)
    expect(selection()).toBeNull()
  })
})
