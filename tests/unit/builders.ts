/**
 * Test data for the feature tests: the REAL article dataset, read from data/*.json and validated through
 * the app's own path (parseDataFile + buildDataset), so a test can never pass on data the app would reject.
 */
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ReactElement } from 'react'
import { buildDataset, type Dataset } from '../../src/data/dataset'
import { DATA_FILES, parseDataFile, type DataFileName } from '../../src/data/files'
import type { Event, Flow } from '../../src/data/schema'
import { useAppStore, type Selection } from '../../src/store'
import type { Filters } from '../../src/lib/explorer-view'

const ROOT = resolve(import.meta.dirname, '..', '..')
const read = (name: DataFileName): unknown =>
  JSON.parse(readFileSync(resolve(ROOT, DATA_FILES[name].path), 'utf8'))

let cached: Dataset | null = null

/** The article's dataset, parsed once per test file (it is immutable). */
export function realDataset(): Dataset {
  cached ??= buildDataset(parseDataFile('source', read('source')), {
    actors: parseDataFile('actors', read('actors')),
    places: parseDataFile('places', read('places')),
    events: parseDataFile('events', read('events')),
    flows: parseDataFile('flows', read('flows')),
  })
  return cached
}

/** Render with a user-event session; the store starts from whatever the test set before. */
export function renderUi(ui: ReactElement) {
  const user = userEvent.setup()
  return { user, ...render(ui) }
}

export function selectNow(selection: Selection | null) {
  useAppStore.getState().select(selection)
}

export function setFilters(patch: Partial<Filters>) {
  useAppStore.setState((s) => ({ filters: { ...s.filters, ...patch } }))
}

export function eventById(id: string): Event {
  const e = realDataset().eventById.get(id)
  if (!e) throw new Error(`The dataset has no event "${id}"`)
  return e
}

export function flowById(id: string): Flow {
  const f = realDataset().flowById.get(id)
  if (!f) throw new Error(`The dataset has no flow "${id}"`)
  return f
}

/** Does an item involve one of these actors, counting people under their state? Written independently of the app. */
export function involves(actorIds: readonly string[], chosen: readonly string[]): boolean {
  const data = realDataset()
  return actorIds.some(
    (id) => chosen.includes(id) || chosen.includes(data.actorById.get(id)?.state ?? ''),
  )
}
