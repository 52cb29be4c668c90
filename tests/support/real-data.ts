/** The real data files, read from disk and validated through the app's own path. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { BRIEFINGS_FILE } from '../../src/data/briefings'
import { buildDataset, type Dataset } from '../../src/data/dataset'
import { DATA_FILES, parseDataFile, type DataFileName } from '../../src/data/files'

export const DATA_DIR = resolve(import.meta.dirname, '..', '..')

/** A data file by name: the dataset's five, or 'briefings'. */
export function readJson(name: DataFileName | 'briefings'): unknown {
  const path = name === 'briefings' ? BRIEFINGS_FILE.path : DATA_FILES[name].path
  return JSON.parse(readFileSync(resolve(DATA_DIR, path), 'utf8'))
}

export function loadRealDataset(): Dataset {
  return buildDataset(parseDataFile('source', readJson('source')), {
    actors: parseDataFile('actors', readJson('actors')),
    places: parseDataFile('places', readJson('places')),
    events: parseDataFile('events', readJson('events')),
    flows: parseDataFile('flows', readJson('flows')),
  })
}
