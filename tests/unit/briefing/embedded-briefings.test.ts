import { describe, expect, it } from 'vitest'
import {
  EMBEDDED_BRIEFINGS_ID,
  emptyEmbeddedBriefings,
  packBriefings,
  readEmbeddedBriefings,
} from '../../../src/data/embedded-briefings'
import { describeProblem } from '../../../src/data/errors'
import { context, ownBriefing } from './support'

/** The offline file's shape: the script (which may name the block's tag in its text), then the block. */
const page = (block: string) =>
  `<!doctype html><html><head><script type="module">const tag = '<script type="application/json" id="${EMBEDDED_BRIEFINGS_ID}">'</script></head>` +
  `<body><div id="root"></div><script type="application/json" id="${EMBEDDED_BRIEFINGS_ID}">${block}</script></body></html>`

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('briefings carried in the offline file', () => {
  it('a page without the block carries none', () => {
    expect(readEmbeddedBriefings(context, parse('<p>web host</p>'))).toEqual({
      ok: true,
      value: [],
    })
  })

  it('round-trip: what is packed is read back unchanged, text that looks like HTML included', () => {
    const b = ownBriefing({
      title: 'Ends </script><script>alert(1)</script>',
      summary: '<!-- not a comment --> & “quotes”',
    })
    const packed = packBriefings(page(emptyEmbeddedBriefings()), [b, ownBriefing({ id: 'my-two' })])
    // The block is the only place it went, and nothing in it can end it early.
    expect(packed.split('alert(1)')).toHaveLength(2)
    expect(packed).not.toMatch(/alert\(1\)<\/script>/)
    const doc = parse(packed)
    expect(doc.querySelectorAll('script')).toHaveLength(2)
    expect(readEmbeddedBriefings(context, doc)).toEqual({
      ok: true,
      value: [b, ownBriefing({ id: 'my-two' })],
    })
  })

  it('packing again replaces what the file carried', () => {
    const once = packBriefings(page(emptyEmbeddedBriefings()), [ownBriefing()])
    const twice = packBriefings(once, [])
    expect(readEmbeddedBriefings(context, parse(twice))).toEqual({ ok: true, value: [] })
    expect(twice).toBe(page(emptyEmbeddedBriefings()))
  })

  it('a page with no block cannot be packed', () => {
    expect(() => packBriefings('<html></html>', [])).toThrow(/no block for briefings/)
  })

  it('a block edited by hand is refused whole, naming the file, briefing and field', () => {
    const bad = packBriefings(page(emptyEmbeddedBriefings()), [ownBriefing({ id: 'default' })])
    const result = readEmbeddedBriefings(context, parse(bad))
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.problems.map(describeProblem)
    expect(messages.join('\n')).toMatch(
      /^the briefings carried in this file.*field "id": must start with "my-"/m,
    )
  })
})
