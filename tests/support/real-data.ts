/** The real data files, read from disk and validated through the app's own path. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDataset, type Dataset } from '../../src/data/dataset'
import { DATA_FILES, parseDataFile, type DataFileName } from '../../src/data/files'

export const DATA_DIR = resolve(import.meta.dirname, '..', '..')

export function readJson(name: DataFileName): unknown {
  return JSON.parse(readFileSync(resolve(DATA_DIR, DATA_FILES[name].path), 'utf8'))
}

export function loadRealDataset(): Dataset {
  return buildDataset(parseDataFile('source', readJson('source')), {
    actors: parseDataFile('actors', readJson('actors')),
    places: parseDataFile('places', readJson('places')),
    events: parseDataFile('events', readJson('events')),
    flows: parseDataFile('flows', readJson('flows')),
  })
}
