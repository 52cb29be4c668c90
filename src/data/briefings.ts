/**
 * The briefings that ship with the explorer (data/briefings.json, and in the offline file the ones it
 * carries), fetched once through React Query,
 * validated by the schema and checked against the dataset. Loaded apart from the dataset: a broken
 * briefing file is reported in the briefing controls and never keeps the explorer itself from opening.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { checkBriefings, knownQuotations, locateInStop } from './briefing-checks'
import { briefingsFile, type Briefing } from './briefing-schema'
import type { Dataset } from './dataset'
import { readEmbeddedBriefings } from './embedded-briefings'
import { DataError } from './errors'
import { fetchJsonFile, parseJsonFile, type JsonFile } from './files'

export const BRIEFINGS_FILE: JsonFile<typeof briefingsFile> = {
  path: 'data/briefings.json',
  schema: briefingsFile,
}

/** Validates already-parsed JSON (the schema only; checkBriefings does the cross-checks). */
export const parseBriefingsFile = (json: unknown): Briefing[] => parseJsonFile(BRIEFINGS_FILE, json)

export async function fetchBriefings(data: Dataset, signal?: AbortSignal): Promise<Briefing[]> {
  let briefings: Briefing[]
  try {
    briefings = await fetchJsonFile(BRIEFINGS_FILE, signal ? { signal } : {})
  } catch (error) {
    // zod reports paths like stops[3].title; name the stop the way people count them ("stop 4").
    if (error instanceof DataError)
      throw new DataError(error.problems.map((p) => locateInStop(p, [])))
    throw error
  }
  const problems = checkBriefings(BRIEFINGS_FILE.path, briefings, data)
  if (problems.length) throw new DataError(problems)
  // The offline file may carry a person's own briefings too (src/data/embedded-briefings.ts); they
  // come with the shipped ones, read only, and are checked as if saved in the browser.
  const embedded = readEmbeddedBriefings({ refs: data, known: knownQuotations(data, briefings) })
  if (!embedded.ok) throw new DataError(embedded.problems)
  return [...briefings, ...embedded.value]
}

export const briefingsQueryOptions = (data: Dataset) =>
  queryOptions({
    queryKey: ['briefings'],
    queryFn: ({ signal }) => fetchBriefings(data, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: (count, error) => !(error instanceof DataError) && count < 2,
  })

export function useShippedBriefings(data: Dataset) {
  return useQuery(briefingsQueryOptions(data))
}
