import type { Briefing } from '../../../data/briefing-schema'
import type { DataProblem } from '../../../data/errors'
import { copyAsOwn } from './briefing-edit'
import {
  MAX_FILE_BYTES,
  parseBriefingFile,
  type BriefingContext,
} from '../../../data/briefing-format'

export type ImportResult = { ok: true; briefing: Briefing } | { ok: false; problems: DataProblem[] }

/**
 * Reads a chosen file as a briefing of your own. Nothing is changed here: the caller adds the result
 * only when it is whole and valid, so a bad file leaves every saved briefing as it was.
 */
export async function importBriefingFile(
  file: File,
  ctx: BriefingContext,
  existing: readonly Briefing[],
): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES)
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          message: `is too large to be a briefing (${Math.round(file.size / 1024)} KB; the limit is ${MAX_FILE_BYTES / 1024} KB)`,
        },
      ],
    }
  let text: string
  try {
    text = await file.text()
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          file: file.name,
          message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    }
  }
  const parsed = parseBriefingFile(text, file.name, ctx)
  if (!parsed.ok) return parsed
  const titles = new Set(existing.map((b) => b.title))
  const title = titles.has(parsed.value.title)
    ? `${parsed.value.title} (imported)`.slice(0, 120)
    : parsed.value.title
  return {
    ok: true,
    briefing: copyAsOwn(
      parsed.value,
      existing.map((b) => b.id),
      title,
    ),
  }
}
