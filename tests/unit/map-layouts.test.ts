import { describe, expect, it } from 'vitest'
import { compassDirection, layoutEdgeMarkers, type EdgeFrame } from '../../src/map/edge-layout'
import { candidateFractions, chooseFlowMarkerSpots } from '../../src/map/flow-marker-layout'
import { labelsToHide } from '../../src/map/label-declutter'
import { rectsOverlap, type Rect } from '../../src/map/rect'

const FRAME: EdgeFrame = {
  width: 700,
  height: 500,
  margin: 10,
  gap: 6,
  ranges: { left: [10, 490], right: [120, 460], top: [10, 640], bottom: [10, 350] },
}
const BUTTON = { width: 120, height: 32 }

const boxOf = (p: { left: number; top: number }, size = BUTTON): Rect => ({
  left: p.left,
  top: p.top,
  right: p.left + size.width,
  bottom: p.top + size.height,
})

describe('edge markers', () => {
  it('pins a place far to the west to the left edge, pointing west', () => {
    const [moscow] = layoutEdgeMarkers(FRAME, [
      { id: 'moscow', target: { x: -1400, y: 0 }, size: BUTTON },
    ])
    expect(moscow).toMatchObject({ id: 'moscow', edge: 'left', left: 10 })
    expect(compassDirection(moscow!.angle)).toBe('west')
    // On the line from the centre towards the place: a little above the middle.
    expect(moscow!.top + BUTTON.height / 2).toBeLessThan(250)
    expect(moscow!.top + BUTTON.height / 2).toBeGreaterThan(200)
  })

  it('stacks two places in nearly the same direction instead of overlapping them', () => {
    const placed = layoutEdgeMarkers(FRAME, [
      { id: 'moscow', target: { x: -1400, y: -30 }, size: BUTTON },
      { id: 'ukraine', target: { x: -1400, y: 150 }, size: BUTTON },
    ])
    expect(placed.every((p) => p.edge === 'left')).toBe(true)
    const [a, b] = placed.map((p) => boxOf(p))
    expect(rectsOverlap(a!, b!)).toBe(false)
  })

  it('keeps clear of the controls (the right edge starts below them) and of place names', () => {
    const [east] = layoutEdgeMarkers(FRAME, [
      { id: 'washington', target: { x: 5000, y: -4000 }, size: BUTTON },
    ])
    expect(east!.edge).toBe('top')
    const [right] = layoutEdgeMarkers(FRAME, [
      { id: 'w', target: { x: 5000, y: -1000 }, size: BUTTON },
    ])
    expect(right!.edge).toBe('right')
    expect(right!.top).toBeGreaterThanOrEqual(120)
    const name: Rect = { left: 560, top: 230, right: 690, bottom: 260 }
    const [clear] = layoutEdgeMarkers(
      FRAME,
      [{ id: 'w', target: { x: 5000, y: 250 }, size: BUTTON }],
      [name],
    )
    expect(rectsOverlap(boxOf(clear!), name)).toBe(false)
  })

  it('opens a second row when an edge is full', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) => ({
      id,
      target: { x: 300 + i, y: 5000 },
      size: BUTTON,
    }))
    const placed = layoutEdgeMarkers(FRAME, items)
    const boxes = placed.map((p) => boxOf(p))
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(rectsOverlap(boxes[i]!, boxes[j]!)).toBe(false)
    expect(new Set(placed.map((p) => p.top)).size).toBe(2)
  })

  it('names eight compass directions from screen angles (y grows down)', () => {
    expect([0, 45, 90, 135, 180, -135, -90, -45, 350].map(compassDirection)).toEqual([
      'east',
      'south-east',
      'south',
      'south-west',
      'west',
      'north-west',
      'north',
      'north-east',
      'east',
    ])
  })
})

describe('flow buttons along their lines', () => {
  it('tries the middle first, then further out on both sides', () => {
    expect(candidateFractions(0.5, 0.1, 0.3, 0.7).map((f) => Number(f.toFixed(2)))).toEqual([
      0.5, 0.4, 0.6, 0.3, 0.7,
    ])
  })

  const view = { width: 400, height: 300, inset: 6 }
  const size = { width: 40, height: 24 }

  it('slides a button off a place name, and never onto another button', () => {
    const name: Rect = { left: 180, top: 140, right: 260, bottom: 160 }
    const line = [
      { x: 200, y: 150 },
      { x: 140, y: 150 },
      { x: 100, y: 150 },
    ]
    const spots = chooseFlowMarkerSpots(
      [
        { id: 'a', size, candidates: line },
        { id: 'b', size, candidates: line },
      ],
      [name],
      view,
    )
    expect(spots.get('a')).toBe(1)
    expect(spots.get('b')).toBe(2)
  })

  it('leaves a button out rather than let it cover a little of another button', () => {
    // b's only spot would overlap a by 2 px: well under the share a place name may be grazed, but a
    // button partly under another is a target too small to hit.
    const spots = chooseFlowMarkerSpots(
      [
        { id: 'a', size, candidates: [{ x: 200, y: 150 }] },
        { id: 'b', size, candidates: [{ x: 238, y: 150 }] },
      ],
      [],
      view,
    )
    expect(spots.get('a')).toBe(0)
    expect(spots.get('b')).toBeNull()
  })

  it('leaves a button out when its whole line is off screen or every spot is buried', () => {
    const covered: Rect = { left: 0, top: 0, right: 400, bottom: 300 }
    const spots = chooseFlowMarkerSpots(
      [
        { id: 'off', size, candidates: [{ x: -50, y: 10 }] },
        { id: 'buried', size, candidates: [{ x: 100, y: 100 }] },
      ],
      [covered],
      view,
    )
    expect(spots.get('off')).toBeNull()
    expect(spots.get('buried')).toBeNull()
  })
})

describe('place names that collide', () => {
  const box = (left: number, top: number, w = 80, h = 20): Rect => ({
    left,
    top,
    right: left + w,
    bottom: top + h,
  })

  it('hides the less important name, never a rank-0 one', () => {
    const hidden = labelsToHide([
      { id: 'seoul', rank: 1, dot: box(100, 100, 12, 12), label: box(20, 96) },
      { id: 'pyongyang', rank: 0, dot: box(90, 80, 20, 20), label: box(10, 80) },
      { id: 'peninsula', rank: 2, dot: box(300, 100, 20, 20), label: box(320, 100) },
    ])
    expect([...hidden]).toEqual(['seoul'])
  })

  it('keeps every rank-0 name even when they collide (the headline places and the selection)', () => {
    const hidden = labelsToHide([
      { id: 'a', rank: 0, dot: box(0, 0, 10, 10), label: box(12, 0) },
      { id: 'b', rank: 0, dot: box(300, 0, 10, 10), label: box(20, 5) },
    ])
    expect(hidden.size).toBe(0)
  })

  it('hides a name that would cover another place’s dot', () => {
    const hidden = labelsToHide([
      { id: 'a', rank: 1, dot: box(0, 0, 10, 10), label: box(12, 0) },
      { id: 'b', rank: 2, dot: box(40, 5, 10, 10), label: box(200, 200) },
    ])
    expect([...hidden]).toEqual(['a'])
  })
})
