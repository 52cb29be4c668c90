/**
 * Briefings outside the build: saved in the browser and exported to / imported from files. Both are
 * versioned envelopes around the same schema as data/briefings.json:
 *
 *   storage  { "format": "rnk-briefings", "version": 1, "briefings": [ briefing, … ] }
 *   file     { "format": "rnk-briefing",  "version": 1, "briefing": briefing }
 *
 * Reading never throws and never half-succeeds: the result is every briefing, or a list of problems
 * naming the file, the stop and the field, so a bad file leaves what is saved untouched.
 */
import * as z from 'zod/mini'
import { checkBriefings, locateInStop, type BriefingRefs } from './briefing-checks'
import { briefing, isOwnBriefingId, OWN_PREFIX, type Briefing } from './briefing-schema'
import type { DataProblem } from './errors'
import { issuesToProblems } from './zod-issues'

export const FORMAT_VERSION = 1
export const FILE_FORMAT = 'rnk-briefing'
export const STORAGE_FORMAT = 'rnk-briefings'
export { STORAGE_KEY } from './briefing-storage-key'
/** Far more than 100 stops of text need; anything bigger is not a briefing. */
export const MAX_FILE_BYTES = 512 * 1024

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] }

export interface BriefingContext {
  refs: BriefingRefs
  /** Graded quotations the explorer knows (knownQuotations in briefing-checks.ts). */
  known: ReadonlySet<string>
}

const fail = <T>(file: string, message: string, field?: string): ParseResult<T> => ({
  ok: false,
  problems: [{ file, ...(field ? { field } : {}), message }],
})

function readEnvelope(
  text: string,
  file: string,
  format: string,
  body: string,
): ParseResult<Record<string, unknown>> {
  if (text.length > MAX_FILE_BYTES)
    return fail(
      file,
      `is too large to be a briefing (${Math.round(text.length / 1024)} KB; the limit is ${MAX_FILE_BYTES / 1024} KB)`,
    )
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail(
      file,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return fail(file, `is not a briefing file: expected an object with "format": "${format}"`)
  const env = json as Record<string, unknown>
  if (env.format !== format)
    return fail(file, `is not a briefing file: "format" must be "${format}"`, 'format')
  if (typeof env.version !== 'number' || !Number.isInteger(env.version) || env.version < 1)
    return fail(file, 'must be a whole number from 1', 'version')
  if (env.version > FORMAT_VERSION)
    return fail(
      file,
      `is ${env.version}: the file was made by a newer version of the explorer, which reads version ${FORMAT_VERSION}`,
      'version',
    )
  const extra = Object.keys(env).filter((k) => k !== 'format' && k !== 'version' && k !== body)
  if (extra.length) return fail(file, `has unknown field(s): ${extra.join(', ')}`)
  // Version 1 is the only one so far; a version 2 would migrate older envelopes here, before validation.
  return { ok: true, value: env }
}

function validate<T>(schema: z.ZodMiniType<T>, input: unknown, file: string): ParseResult<T> {
  const result = schema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const problems = issuesToProblems(file, result.error.issues, input).map((p) =>
    locateInStop(p, input),
  )
  return { ok: false, problems }
}

/** An exported file: one briefing. Its id is local to the browser it came from; the caller gives it a new one. */
export function parseBriefingFile(
  text: string,
  file: string,
  ctx: BriefingContext,
): ParseResult<Briefing> {
  const env = readEnvelope(text, file, FILE_FORMAT, 'briefing')
  if (!env.ok) return env
  if (!('briefing' in env.value))
    return fail(file, 'is missing (the file holds no briefing)', 'briefing')
  const parsed = validate(briefing, env.value.briefing, file)
  if (!parsed.ok) return parsed
  const problems = checkBriefings(file, [parsed.value], ctx.refs, ctx.known).map((p) => {
    // One briefing per file: "record" would only say #1.
    const record = p.record?.replace(/^"[^"]*" \(#1\)(, )?/, '')
    return { ...p, ...(record ? { record } : { record: undefined }) }
  })
  return problems.length ? { ok: false, problems } : parsed
}

export function exportBriefing(b: Briefing): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: FORMAT_VERSION, briefing: b }, null, 2)}\n`
}

export function serializeSaved(list: readonly Briefing[]): string {
  return JSON.stringify({ format: STORAGE_FORMAT, version: FORMAT_VERSION, briefings: list })
}

/** What the browser saved: all of it, or nothing and the reasons. */
export function parseSaved(text: string, ctx: BriefingContext): ParseResult<Briefing[]> {
  const file = 'saved briefings'
  const env = readEnvelope(text, file, STORAGE_FORMAT, 'briefings')
  if (!env.ok) return env
  const list = env.value.briefings
  if (!Array.isArray(list)) return fail(file, 'must be a list of briefings', 'briefings')
  const parsed = validate(z.array(briefing), list, file)
  if (!parsed.ok) return parsed
  const problems = checkBriefings(file, parsed.value, ctx.refs, ctx.known)
  parsed.value.forEach((b, i) => {
    if (!isOwnBriefingId(b.id))
      problems.push({
        file,
        record: `"${b.id}" (#${i + 1})`,
        field: 'id',
        message: `must start with "${OWN_PREFIX}" (the shipped briefings own every other id)`,
      })
  })
  return problems.length ? { ok: false, problems } : parsed
}
