import { describe, expect, it } from 'vitest'
import { swipeCommand } from '../../../src/lib/gestures'

describe('swipeCommand', () => {
  it('reads a quick sideways stroke to the left as next, to the right as previous', () => {
    expect(swipeCommand(-120, 10, 250)).toBe('next')
    expect(swipeCommand(140, -20, 300)).toBe('prev')
  })

  it('ignores short strokes, slow drags and vertical scrolls that drift sideways', () => {
    expect(swipeCommand(-30, 0, 200)).toBeNull()
    expect(swipeCommand(-200, 0, 1500)).toBeNull()
    expect(swipeCommand(-90, 80, 200)).toBeNull()
  })
})
