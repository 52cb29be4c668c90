import { describe, expect, it } from 'vitest'
import { publicBase, publicStopLink } from '../../../src/features/briefing/handout/public-link'

describe("the hand-out's stop links", () => {
  it('print a public address set at build time, and nothing without one', () => {
    const base = publicBase('https://example.org/rnk/')
    expect(publicStopLink('default', 3, base)).toBe(
      'https://example.org/rnk/?briefing=default&stop=3',
    )
    expect(publicStopLink('default', 3, publicBase(undefined))).toBeNull()
    expect(publicStopLink('default', 3, publicBase(''))).toBeNull()
  })

  it('never print a loopback or non-web address', () => {
    for (const v of [
      'http://127.0.0.1:4173/',
      'http://localhost:5173/',
      'http://[::1]/',
      'file:///home/me/dist/index.html',
      'not a url',
    ])
      expect(publicBase(v), v).toBeNull()
  })
})
