/**
 * One loader per data file. They share one fetch-and-parse path (a table, not five copies), so every file
 * reports problems the same way: the file, the record and the field.
 */
import type * as z from 'zod/mini'
import { briefingsFile } from './briefing-schema'
import { DataError } from './errors'
import { actorsFile, eventsFile, flowsFile, placesFile, source } from './schema'
import { dataFileUrl } from './shipped-files'
import { issuesToProblems } from './zod-issues'

export const DATA_FILES = {
  source: { path: 'data/source.json', schema: source },
  actors: { path: 'data/actors.json', schema: actorsFile },
  places: { path: 'data/places.json', schema: placesFile },
  events: { path: 'data/events.json', schema: eventsFile },
  flows: { path: 'data/flows.json', schema: flowsFile },
  // Loaded on its own (src/data/briefings.ts), not with the dataset: a broken briefing file must not
  // stop the explorer itself from opening.
  briefings: { path: 'data/briefings.json', schema: briefingsFile },
} as const

export type DataFileName = keyof typeof DATA_FILES
export type DataFileContent<K extends DataFileName> = z.infer<(typeof DATA_FILES)[K]['schema']>

/** Validates already-parsed JSON; exported so tests check files on disk through the same path. */
export function parseDataFile<K extends DataFileName>(name: K, json: unknown): DataFileContent<K> {
  const { path, schema } = DATA_FILES[name]
  const result = (schema as z.ZodMiniType).safeParse(json)
  if (!result.success) throw new DataError(issuesToProblems(path, result.error.issues, json))
  return result.data as DataFileContent<K>
}

export async function fetchDataFile<K extends DataFileName>(
  name: K,
  { base = import.meta.env.BASE_URL, signal }: { base?: string; signal?: AbortSignal } = {},
): Promise<DataFileContent<K>> {
  const { path } = DATA_FILES[name]
  let response: Response
  try {
    response = await fetch(dataFileUrl(path, base), { signal })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new DataError([
      {
        file: path,
        message: `could not be reached (${err instanceof Error ? err.message : String(err)})`,
      },
    ])
  }
  if (!response.ok) {
    throw new DataError([
      {
        file: path,
        message: `could not be loaded (HTTP ${response.status} ${response.statusText})`.trim(),
      },
    ])
  }
  let json: unknown
  try {
    json = JSON.parse(await response.text())
  } catch (err) {
    throw new DataError([
      {
        file: path,
        message: `is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      },
    ])
  }
  return parseDataFile(name, json)
}
