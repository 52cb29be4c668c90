/**
 * A person's own briefings carried inside the offline file: "Download offline copy" writes them into
 * a JSON block of the page (never executed, so the page's CSP hashes stay valid), and the file shows
 * them beside the shipped ones when opened. Same envelope and checks as the briefings saved in a
 * browser (briefing-format.ts): a block edited by hand is refused whole, with reasons.
 */
import {
  parseSaved,
  serializeSaved,
  type BriefingContext,
  type ParseResult,
} from './briefing-format'
import type { Briefing } from './briefing-schema'

export const EMBEDDED_BRIEFINGS_ID = 'rnk-embedded-briefings'
const FILE = 'the briefings carried in this file'

/** The block's content with no briefings: what the offline build writes. */
export function emptyEmbeddedBriefings(): string {
  return serializeSaved([])
}

/** The briefings in the page's block: none on a page without one (every page but the offline file). */
export function readEmbeddedBriefings(
  ctx: BriefingContext,
  doc: Document = document,
): ParseResult<Briefing[]> {
  const text = doc.getElementById(EMBEDDED_BRIEFINGS_ID)?.textContent ?? null
  if (text === null) return { ok: true, value: [] }
  const result = parseSaved(text, ctx)
  return result.ok
    ? result
    : { ok: false, problems: result.problems.map((p) => ({ ...p, file: FILE })) }
}

/**
 * The offline file's page with `briefings` in its block in place of what was there. "<" is written
 * as \u003c (the same string to JSON.parse), so no briefing text can close the block early. The
 * block is the last one with its opening tag: it sits in the body, after the script, whose text may
 * name the tag too.
 */
export function packBriefings(page: string, briefings: readonly Briefing[]): string {
  const open = `<script type="application/json" id="${EMBEDDED_BRIEFINGS_ID}">`
  const from = page.lastIndexOf(open)
  const to = from < 0 ? -1 : page.indexOf('</script>', from)
  if (to < 0) throw new Error('the offline file has no block for briefings')
  const json = serializeSaved(briefings).replace(/</g, '\\u003c')
  return `${page.slice(0, from + open.length)}${json}${page.slice(to)}`
}
