import { describe, expect, it } from 'vitest'
import {
  addStop,
  copyAsOwn,
  deleteStop,
  moveStop,
  ownBriefingId,
  pointsFromText,
  slugify,
  uniqueId,
  updateStop,
} from '../../../src/features/briefing/editor/briefing-edit'
import { isOwnBriefingId } from '../../../src/data/briefing-schema'
import { defaultBriefing, ownBriefing } from './support'

const ids = (b: { stops: { id: string }[] }) => b.stops.map((s) => s.id)

describe('editing your own briefings', () => {
  it('makes ids that never collide with the shipped ones or each other', () => {
    expect(slugify('  Kim’s tour: 2023! ')).toBe('kim-s-tour-2023')
    expect(slugify('…')).toBe('briefing')
    expect(uniqueId('stop', ['stop', 'stop-2'])).toBe('stop-3')
    expect(ownBriefingId('Default', ['my-default'])).toBe('my-default-2')
    expect(isOwnBriefingId(ownBriefingId('default', []))).toBe(true)
    const copy = copyAsOwn(defaultBriefing, ['default'])
    // Ids are short (40 characters of slug): the title is still the briefing's name.
    expect(copy.id).toBe('my-russia-and-north-korea-closer-but-not-to')
    expect(copy.stops).toEqual(defaultBriefing.stops)
    expect(copy.stops[0]).not.toBe(defaultBriefing.stops[0])
  })

  it('adds, edits, reorders and deletes stops', () => {
    let b = ownBriefing()
    b = addStop(b, { ...b.stops[0]!, title: 'Third' })
    expect(ids(b)).toEqual(['stop', 'stop-2', 'stop-3'])
    b = updateStop(b, 'stop-3', { title: 'Renamed', points: ['One'], notes: 'N' })
    expect(b.stops[2]).toMatchObject({ title: 'Renamed', points: ['One'], notes: 'N' })
    expect(ids(moveStop(b, 'stop-3', -1))).toEqual(['stop', 'stop-3', 'stop-2'])
    expect(ids(moveStop(b, 'stop-3', 5))).toEqual(ids(b))
    expect(ids(moveStop(b, 'stop', -1))).toEqual(ids(b))
    expect(ids(deleteStop(b, 'stop-2'))).toEqual(['stop', 'stop-3'])
  })

  it('keeps at least one stop: the last cannot be deleted', () => {
    const one = { ...ownBriefing(), stops: ownBriefing().stops.slice(0, 1) }
    expect(deleteStop(one, 'stop')).toBe(one)
  })

  it('reads one point a line, dropping blank lines', () => {
    expect(pointsFromText(' first \n\n second\n  ')).toEqual(['first', 'second'])
  })
})
