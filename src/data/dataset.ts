/**
 * The whole dataset as one validated, indexed value, fetched once through React Query. Files load in
 * parallel; cross-file references are checked only when all have arrived.
 */
import { queryOptions, useQuery } from '@tanstack/react-query'
import { whenSortKey } from '../lib/dates'
import { DataError } from './errors'
import { DATA_FILES, fetchDataFile, type DataFileName } from './files'
import { checkReferences, type RawDataset } from './references'
import type { Actor, Event, Flow, Place, Source } from './schema'

export interface Dataset extends RawDataset {
  source: Source
  actorById: ReadonlyMap<string, Actor>
  placeById: ReadonlyMap<string, Place>
  eventById: ReadonlyMap<string, Event>
  flowById: ReadonlyMap<string, Flow>
  /** Actor id -> the state it acts for (a state maps to itself). */
  stateOf: ReadonlyMap<string, string>
  /** Events in date order, undated last; per place in the same order. */
  eventsInOrder: readonly Event[]
  eventsByPlace: ReadonlyMap<string, readonly Event[]>
  /** Flows that start, end or pass through a place. */
  flowsByPlace: ReadonlyMap<string, readonly Flow[]>
  eventsByFlow: ReadonlyMap<string, readonly Event[]>
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k)
  if (list) list.push(v)
  else m.set(k, [v])
}

export function buildDataset(source: Source, raw: RawDataset): Dataset {
  const problems = checkReferences(raw)
  if (problems.length) throw new DataError(problems)

  const actorById = new Map(raw.actors.map((a) => [a.id, a]))
  const stateOf = new Map(raw.actors.map((a) => [a.id, a.state ?? a.id]))
  // Stable sort keeps the file's order for items of equal date, which is the article's order.
  const eventsInOrder = [...raw.events].sort((a, b) => whenSortKey(a.when) - whenSortKey(b.when))
  const eventsByPlace = new Map<string, Event[]>()
  const eventsByFlow = new Map<string, Event[]>()
  for (const e of eventsInOrder) {
    for (const p of e.places) push(eventsByPlace, p, e)
    for (const f of e.flows) push(eventsByFlow, f, e)
  }
  const flowsByPlace = new Map<string, Flow[]>()
  for (const f of raw.flows) {
    for (const p of new Set([f.from, ...(f.via ?? []), f.to])) push(flowsByPlace, p, f)
  }
  return {
    ...raw,
    source,
    actorById,
    placeById: new Map(raw.places.map((p) => [p.id, p])),
    eventById: new Map(raw.events.map((e) => [e.id, e])),
    flowById: new Map(raw.flows.map((f) => [f.id, f])),
    stateOf,
    eventsInOrder,
    eventsByPlace,
    flowsByPlace,
    eventsByFlow,
  }
}

/**
 * How long the files may take to arrive before the explorer stops waiting and says so, with a way to
 * try again. They are small (tens of KB) and served with the page, so this is generous; a projector
 * laptop on a struggling network should get a clear message rather than an endless "Loading…".
 */
export const DATA_TIMEOUT_MS = 15_000

export async function fetchDataset(
  signal?: AbortSignal,
  { timeoutMs = DATA_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<Dataset> {
  // One controller for every file: aborted when React Query cancels, and once the deadline has passed
  // (so a hung request stops holding a connection).
  const controller = new AbortController()
  const cancel = () => controller.abort(signal?.reason)
  if (signal?.aborted) cancel()
  signal?.addEventListener('abort', cancel, { once: true })
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), timeoutMs)
  })
  // Each file races the deadline, so a file still on its way is named as the one that did not arrive.
  const load = <K extends DataFileName>(name: K) =>
    Promise.race([
      fetchDataFile(name, { signal: controller.signal }),
      deadline.catch(() => {
        throw new DataError([
          {
            file: DATA_FILES[name].path,
            message: `did not arrive within ${Math.round(timeoutMs / 1000)} seconds (the connection may be slow or interrupted)`,
          },
        ])
      }),
    ])
  let settled
  try {
    settled = await Promise.allSettled([
      load('source'),
      load('actors'),
      load('places'),
      load('events'),
      load('flows'),
    ] as const)
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', cancel)
  }
  // Report every broken file at once, not just the first, so one fix-and-reload cycle is enough.
  const failures = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []))
  if (failures.length) {
    controller.abort()
    const problems = failures.flatMap((f) => (f instanceof DataError ? f.problems : []))
    const other = failures.find((f) => !(f instanceof DataError))
    if (other !== undefined && !problems.length) throw other
    throw new DataError(problems)
  }
  const [source, actors, places, events, flows] = settled.map(
    (s) => (s as PromiseFulfilledResult<unknown>).value,
  ) as [Source, Actor[], Place[], Event[], Flow[]]
  return buildDataset(source, { actors, places, events, flows })
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: ['dataset'],
    queryFn: ({ signal }) => fetchDataset(signal),
    // Static files: fetched once per page load; a DataError is a content problem, so retrying won't help.
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
    retry: (count, error) => !(error instanceof DataError) && count < 2,
  })

export function useDataset() {
  return useQuery(datasetQueryOptions())
}
