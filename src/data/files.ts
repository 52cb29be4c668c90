/**
 * One loader per data file. They share one fetch-and-parse path (a table, not five copies), so every file
 * reports problems the same way: the file, the record and the field.
 */
import type * as z from 'zod/mini'
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
} as const
// The shipped briefings (data/briefings.json) go through the same path but are not in this table:
// src/data/briefings.ts loads them on their own, with the briefing code, the first time a briefing is
// asked for, so a broken briefing file never stops the explorer from opening, and their schema is not
// part of the first screen.

/** A JSON file in data/ and the schema it must meet. */
export interface JsonFile<S extends z.ZodMiniType = z.ZodMiniType> {
  path: string
  schema: S
}

export type DataFileName = keyof typeof DATA_FILES
export type DataFileContent<K extends DataFileName> = z.infer<(typeof DATA_FILES)[K]['schema']>

/** Validates already-parsed JSON; exported so tests check files on disk through the same path. */
export function parseJsonFile<S extends z.ZodMiniType>(
  { path, schema }: JsonFile<S>,
  json: unknown,
): z.infer<S> {
  const result = schema.safeParse(json)
  if (!result.success) throw new DataError(issuesToProblems(path, result.error.issues, json))
  return result.data
}

export const parseDataFile = <K extends DataFileName>(name: K, json: unknown) =>
  parseJsonFile(DATA_FILES[name] as JsonFile, json) as DataFileContent<K>

export const fetchDataFile = <K extends DataFileName>(
  name: K,
  options?: { base?: string; signal?: AbortSignal },
) => fetchJsonFile(DATA_FILES[name] as JsonFile, options) as Promise<DataFileContent<K>>

export async function fetchJsonFile<S extends z.ZodMiniType>(
  file: JsonFile<S>,
  { base = import.meta.env.BASE_URL, signal }: { base?: string; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const { path } = file
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
  return parseJsonFile(file, json)
}
