import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../../src/features/briefing/runtime/briefing-messages'

const state = {
  briefingId: 'default',
  index: 2,
  count: 12,
  mode: 'stop',
  blackout: false,
  atStop: true,
  startedAt: 1700000000000,
}

describe('messages between the two windows', () => {
  it('accept what the windows send', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' })
    expect(parseMessage({ type: 'state', presentation: state })).toEqual({
      type: 'state',
      presentation: state,
    })
    expect(parseMessage({ type: 'state', presentation: null })).toEqual({
      type: 'state',
      presentation: null,
    })
    expect(parseMessage({ type: 'command', command: { type: 'next' } })).toEqual({
      type: 'command',
      command: { type: 'next' },
    })
    expect(parseMessage({ type: 'command', command: { type: 'goto', stop: 3 } })).toEqual({
      type: 'command',
      command: { type: 'goto', stop: 3 },
    })
    expect(
      parseMessage({ type: 'command', command: { type: 'start', briefingId: 'default', stop: 1 } }),
    ).toMatchObject({ command: { type: 'start' } })
  })

  it.each([
    [{ type: 'state', presentation: { ...state, index: 12 } }],
    [{ type: 'state', presentation: { ...state, briefingId: '<img>' } }],
    [{ type: 'state', presentation: { ...state, startedAt: Infinity } }],
    [{ type: 'state', presentation: { ...state, index: 0, count: 1001 } }],
    [{ type: 'state' }],
    [{ type: 'command', command: { type: 'goto', stop: 0 } }],
    [{ type: 'command', command: { type: 'eval', code: 'x' } }],
    [{ type: 'command', command: { type: 'start', briefingId: 'default', stop: 1.5 } }],
    ['hello'],
    [null],
  ])('reject %j', (m) => {
    expect(parseMessage(m)).toBeNull()
  })

  it('keep only the fields they name', () => {
    expect(
      parseMessage({ type: 'command', command: { type: 'next', code: 'x' }, extra: 1 }),
    ).toEqual({ type: 'command', command: { type: 'next' } })
    expect(parseMessage({ type: 'state', presentation: { ...state, html: '<img>' } })).toEqual({
      type: 'state',
      presentation: state,
    })
  })

  it('never throw, whatever another tab posts', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => void parseMessage(x)),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('state', 'command', 'hello'),
          presentation: fc.anything(),
          command: fc.anything(),
        }),
        (x) => void parseMessage(x),
      ),
      { numRuns: 500 },
    )
  })
})
