import { describe, expect, it } from 'vitest'
import {
  interpretKey,
  isNavigation,
  targetIndex,
} from '../../../src/features/briefing/runtime/briefing-keys'
import type { BriefingCommand } from '../../../src/features/briefing/runtime/briefing-messages'

const command = (key: string, extra: Partial<KeyboardEvent> = {}, digits = '') =>
  interpretKey({ key, ...extra }, digits).command

describe('the briefing keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['Escape', 'leave'],
    ['r', 'return'],
    ['e', 'explore'],
    ['f', 'fullscreen'],
  ])('%s means %s', (key, type) => {
    expect(command(key)).toEqual({ type })
  })

  it('Shift+Space goes back', () => {
    expect(command(' ', { shiftKey: true })).toEqual({ type: 'prev' })
  })

  it('leaves browser shortcuts alone', () => {
    for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const)
      expect(interpretKey({ key: 'ArrowRight', [mod]: true }, '')).toEqual({
        handled: false,
        command: null,
        digits: '',
      })
    expect(interpretKey({ key: 'x' }, '').handled).toBe(false)
  })

  it('jumps to a typed stop number on Enter', () => {
    let digits = ''
    for (const key of ['1', '2']) digits = interpretKey({ key }, digits).digits
    expect(digits).toBe('12')
    expect(interpretKey({ key: 'Enter' }, digits)).toEqual({
      handled: true,
      command: { type: 'goto', stop: 12 },
      digits: '',
    })
    expect(interpretKey({ key: 'Enter' }, '').handled).toBe(false)
    expect(interpretKey({ key: 'Backspace' }, '12').digits).toBe('1')
  })

  it('Escape first drops a half-typed number, then leaves', () => {
    expect(interpretKey({ key: 'Escape' }, '4')).toEqual({
      handled: true,
      command: null,
      digits: '',
    })
    expect(command('Escape')).toEqual({ type: 'leave' })
  })

  it('moves within the briefing and nowhere else', () => {
    const t = (c: BriefingCommand, i: number) => targetIndex(c, i, 12)
    expect(t({ type: 'next' }, 0)).toBe(1)
    expect(t({ type: 'next' }, 11)).toBeNull()
    expect(t({ type: 'prev' }, 0)).toBeNull()
    expect(t({ type: 'last' }, 3)).toBe(11)
    expect(t({ type: 'first' }, 3)).toBe(0)
    expect(t({ type: 'goto', stop: 7 }, 0)).toBe(6)
    expect(t({ type: 'goto', stop: 13 }, 0)).toBeNull()
    expect(isNavigation({ type: 'goto', stop: 2 })).toBe(true)
    expect(isNavigation({ type: 'blackout' })).toBe(false)
  })
})
