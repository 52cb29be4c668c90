import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALL_SLOTS,
  layoutLabels,
  lineCrossesRect,
  slotRect,
  type LabelLayout,
  type LabelLayoutInput,
  type PlacePiece,
} from '../../src/map/label-layout'
import { rectsOverlap, type Rect } from '../../src/map/rect'

const VIEW = { width: 800, height: 500, inset: 6 }
const NAME = { width: 120, height: 28 }

const place = (id: string, x: number, y: number, over: Partial<PlacePiece> = {}): PlacePiece => ({
  id,
  rank: 1,
  x,
  y,
  radius: 10,
  label: NAME,
  slots: ALL_SLOTS,
  ...over,
})

const input = (over: Partial<LabelLayoutInput>): LabelLayoutInput => ({
  view: VIEW,
  obstacles: [],
  places: [],
  tags: [],
  names: [],
  lines: [],
  gap: 4,
  ...over,
})

/** Every box the layout prints: shown dots, placed names and tags, shown country names. */
function printed(i: LabelLayoutInput, out: LabelLayout): { what: string; box: Rect }[] {
  const boxes: { what: string; box: Rect }[] = []
  for (const p of i.places) {
    const l = out.places.get(p.id)
    if (!l?.dot) continue
    boxes.push({
      what: `dot ${p.id}`,
      box: {
        left: p.x - p.radius,
        top: p.y - p.radius,
        right: p.x + p.radius,
        bottom: p.y + p.radius,
      },
    })
    if (l.slot && p.label)
      boxes.push({ what: `name ${p.id}`, box: slotRect(p, p.radius, i.gap, p.label, l.slot) })
  }
  for (const t of i.tags) {
    const c = out.tags.get(t.id)
    const at = c === null || c === undefined ? undefined : t.candidates[c]
    if (at)
      boxes.push({
        what: `tag ${t.id}`,
        box: {
          left: at.x - t.size.width / 2,
          top: at.y - t.size.height / 2,
          right: at.x + t.size.width / 2,
          bottom: at.y + t.size.height / 2,
        },
      })
  }
  for (const n of i.names) if (out.names.has(n.id)) boxes.push({ what: `name ${n.id}`, box: n.box })
  return boxes
}

function overlaps(boxes: { what: string; box: Rect }[]): string[] {
  const out: string[] = []
  for (let a = 0; a < boxes.length; a++)
    for (let b = a + 1; b < boxes.length; b++)
      if (rectsOverlap(boxes[a]!.box, boxes[b]!.box))
        out.push(`${boxes[a]!.what} / ${boxes[b]!.what}`)
  return out
}

describe('slotRect', () => {
  it('hangs a name off the side of its dot, clear of it by the gap, centred on it', () => {
    expect(slotRect({ x: 100, y: 100 }, 10, 4, NAME, 'right')).toEqual({
      left: 114,
      top: 86,
      right: 234,
      bottom: 114,
    })
    const above = slotRect({ x: 100, y: 100 }, 10, 4, NAME, 'above')
    expect(above.bottom).toBe(86)
    expect((above.left + above.right) / 2).toBe(100)
  })
})

describe('layoutLabels', () => {
  it('puts a name on its preferred side when that is free', () => {
    const i = input({ places: [place('a', 300, 200, { slots: ['left', 'right'] })] })
    expect(layoutLabels(i).places.get('a')).toEqual({ dot: true, slot: 'left' })
  })

  it('moves a name to another side rather than let it leave the view', () => {
    const i = input({ places: [place('edge', 760, 200, { slots: ['right', 'left'] })] })
    expect(layoutLabels(i).places.get('edge')?.slot).toBe('left')
  })

  it('keeps two neighbours’ names apart, and off each other’s dots', () => {
    const i = input({
      places: [
        place('pyongyang', 300, 200, { rank: 0, slots: ['right', 'left'] }),
        place('seoul', 320, 238, { rank: 2, slots: ['right', 'left', 'below'] }),
      ],
    })
    const out = layoutLabels(i)
    expect(out.places.get('pyongyang')?.slot).toBe('right')
    expect(overlaps(printed(i, out))).toEqual([])
    expect(out.places.get('seoul')?.slot).not.toBeNull()
  })

  it('drops a minor dot that sits under a more important one, never the story’s own', () => {
    const i = input({
      places: [
        place('subject', 300, 200, { rank: 0 }),
        place('minor', 305, 203, { rank: 2 }),
        place('also-subject', 306, 204, { rank: 0, label: null }),
      ],
    })
    const out = layoutLabels(i)
    expect(out.places.get('subject')?.dot).toBe(true)
    expect(out.places.get('also-subject')?.dot).toBe(true)
    expect(out.places.get('minor')).toEqual({ dot: false, slot: null })
  })

  it('leaves a name out, keeping its dot, when no side is free', () => {
    const i = input({
      obstacles: [
        { left: 0, top: 0, right: 800, bottom: 185 },
        { left: 0, top: 215, right: 800, bottom: 500 },
      ],
      places: [place('boxed', 300, 200, { label: { width: 200, height: 40 } })],
    })
    expect(layoutLabels(i).places.get('boxed')).toEqual({ dot: true, slot: null })
  })

  it('slides a tag along its line past a name, and leaves it out when its whole line is covered', () => {
    const i = input({
      places: [place('a', 200, 200, { rank: 0, slots: ['right'] })],
      tags: [
        {
          id: 'flow',
          rank: 1,
          size: { width: 80, height: 24 },
          candidates: [
            { x: 260, y: 200 },
            { x: 500, y: 200 },
          ],
        },
        {
          id: 'buried',
          rank: 1,
          size: { width: 80, height: 24 },
          candidates: [{ x: 270, y: 200 }],
        },
      ],
    })
    const out = layoutLabels(i)
    expect(out.tags.get('flow')).toBe(1)
    expect(out.tags.get('buried')).toBeNull()
  })

  it('shows a country name only where nothing else is, and never over the story’s line', () => {
    const line = {
      rank: 0,
      points: [
        { x: 0, y: 400 },
        { x: 800, y: 400 },
      ],
    }
    const i = input({
      places: [place('a', 300, 100, { slots: ['right'] })],
      lines: [line],
      names: [
        { id: 'under-the-name', box: { left: 320, top: 90, right: 400, bottom: 110 } },
        { id: 'on-the-line', box: { left: 100, top: 390, right: 200, bottom: 410 } },
        { id: 'free', box: { left: 500, top: 250, right: 600, bottom: 270 } },
      ],
    })
    expect([...layoutLabels(i).names]).toEqual(['free'])
  })

  it('keeps lesser names off the story’s lines, and the story’s own names off them where it can', () => {
    const line = {
      rank: 0,
      points: [
        { x: 300, y: 200 },
        { x: 700, y: 200 },
      ],
    }
    const i = input({
      lines: [line],
      places: [
        place('start', 300, 200, { rank: 0, slots: ['right', 'below'] }),
        place('near', 500, 215, { rank: 2, slots: ['above', 'below'] }),
      ],
    })
    const out = layoutLabels(i)
    // 'right' would lie along its own line; 'below' is free of it.
    expect(out.places.get('start')?.slot).toBe('below')
    expect(out.places.get('near')?.slot).toBe('below')
  })

  it('never prints two things on top of each other, or outside the view (random maps)', () => {
    const pieces = fc.record({
      places: fc.array(
        fc.record({
          x: fc.integer({ min: -50, max: 850 }),
          y: fc.integer({ min: -50, max: 550 }),
          rank: fc.integer({ min: 0, max: 3 }),
          w: fc.integer({ min: 30, max: 220 }),
        }),
        { maxLength: 25 },
      ),
      tags: fc.array(
        fc.record({
          pts: fc.array(
            fc.record({ x: fc.integer({ min: 0, max: 800 }), y: fc.integer({ min: 0, max: 500 }) }),
            {
              minLength: 1,
              maxLength: 6,
            },
          ),
          rank: fc.integer({ min: 0, max: 3 }),
        }),
        { maxLength: 12 },
      ),
      names: fc.array(
        fc.record({ x: fc.integer({ min: 0, max: 700 }), y: fc.integer({ min: 0, max: 480 }) }),
        { maxLength: 10 },
      ),
    })
    fc.assert(
      fc.property(pieces, ({ places, tags, names }) => {
        const i = input({
          obstacles: [{ left: 740, top: 10, right: 790, bottom: 110 }],
          places: places.map((p, n) =>
            place(`p${n}`, p.x, p.y, { rank: p.rank, label: { width: p.w, height: 26 } }),
          ),
          tags: tags.map((t, n) => ({
            id: `t${n}`,
            rank: t.rank,
            size: { width: 90, height: 24 },
            candidates: t.pts,
          })),
          names: names.map((n, k) => ({
            id: `n${k}`,
            box: { left: n.x, top: n.y, right: n.x + 100, bottom: n.y + 20 },
          })),
        })
        const out = layoutLabels(i)
        const boxes = printed(i, out)
        // Dots of the story's own places may touch each other (they are never dropped); nothing else may.
        const story = new Set(i.places.filter((p) => p.rank === 0).map((p) => `dot ${p.id}`))
        const clashes = overlaps(boxes).filter((c) => {
          const [a, b] = c.split(' / ')
          return !(story.has(a!) && story.has(b!))
        })
        expect(clashes).toEqual([])
        for (const { what, box } of boxes) {
          if (what.startsWith('dot')) continue
          expect(box.left).toBeGreaterThanOrEqual(VIEW.inset)
          expect(box.right).toBeLessThanOrEqual(VIEW.width - VIEW.inset)
          expect(box.top).toBeGreaterThanOrEqual(VIEW.inset)
          expect(box.bottom).toBeLessThanOrEqual(VIEW.height - VIEW.inset)
          expect(rectsOverlap(box, i.obstacles[0]!)).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('lineCrossesRect', () => {
  it('sees a line through a box, and one that passes it by', () => {
    const box: Rect = { left: 10, top: 10, right: 20, bottom: 20 }
    expect(
      lineCrossesRect(
        [
          { x: 0, y: 15 },
          { x: 30, y: 15 },
        ],
        box,
      ),
    ).toBe(true)
    expect(
      lineCrossesRect(
        [
          { x: 0, y: 0 },
          { x: 30, y: 0 },
        ],
        box,
      ),
    ).toBe(false)
    expect(
      lineCrossesRect(
        [
          { x: 0, y: 0 },
          { x: 30, y: 0 },
        ],
        box,
        12,
      ),
    ).toBe(true)
  })
})
