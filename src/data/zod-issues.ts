/**
 * Turns zod issues into DataProblems. zod/mini ships no English messages (that keeps it small; see
 * https://zod.dev/error-customization#internationalization), so the wording for the generic cases
 * lives here; checks with their own message keep it.
 */
import type { core } from 'zod/mini'
import type { DataProblem } from './errors'

type Issue = core.$ZodIssue

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`,
    )
    .join('')
}

/** zod/mini does not keep the offending value on the issue; follow the path to it. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<PropertyKey, unknown>)[step]
  }
  return v
}

function shorten(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}

function kindOf(v: unknown): string {
  // A number too large for JSON's doubles (1e999) parses as Infinity: say so, not "not number".
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v
}

function describe(issue: Issue, input: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message
  switch (issue.code) {
    case 'invalid_type': {
      const v = valueAt(input, issue.path)
      return v === undefined
        ? `is missing (expected ${issue.expected})`
        : `must be ${issue.expected}, not ${kindOf(v)}`
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'unrecognized_keys':
      return `has unknown field(s): ${issue.keys.join(', ')}`
    case 'too_small':
      return issue.origin === 'array'
        ? `needs at least ${issue.minimum} item(s)`
        : `must be at least ${issue.minimum}`
    case 'too_big':
      return issue.origin === 'array'
        ? `has more than ${issue.maximum} item(s)`
        : `must be at most ${issue.maximum}`
    case 'invalid_union':
      return 'does not match any allowed form (check "kind")'
    case 'invalid_format':
      return `is not in the expected format`
    default:
      return 'is not valid'
  }
}

/**
 * Files are arrays of records: the first path step is the record index, which we replace with the
 * record's id when it has a readable one.
 */
export function issuesToProblems(
  file: string,
  issues: readonly Issue[],
  input: unknown,
): DataProblem[] {
  return issues.map((issue) => {
    const [first, ...rest] = issue.path
    if (Array.isArray(input) && typeof first === 'number') {
      const rec: unknown = input[first]
      const recId =
        rec && typeof rec === 'object' && 'id' in rec && typeof rec.id === 'string'
          ? rec.id
          : undefined
      // The id comes from the unvalidated file: shorten it, so a runaway id cannot flood the message.
      const record = recId ? `"${shorten(recId)}" (#${first + 1})` : `#${first + 1}`
      // An unknown key is reported on the record; name it as the field so the message points at it.
      const field = rest.length
        ? fieldPath(rest)
        : issue.code === 'unrecognized_keys'
          ? issue.keys.join(', ')
          : undefined
      return { file, record, ...(field ? { field } : {}), message: describe(issue, input) }
    }
    const field = fieldPath(issue.path)
    return { file, ...(field ? { field } : {}), message: describe(issue, input) }
  })
}
