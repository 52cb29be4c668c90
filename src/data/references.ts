/**
 * Checks that only make sense across files: ids are unique, every reference resolves to the right kind
 * of record, dates are real calendar dates and spans run forwards.
 */
import { parsePartialDate } from '../lib/dates'
import type { DataProblem } from './errors'
import type { Actor, Event, Flow, Place, When } from './schema'

export interface RawDataset {
  actors: Actor[]
  places: Place[]
  events: Event[]
  flows: Flow[]
}

const rec = (r: { id: string }, i: number) => `"${r.id}" (#${i + 1})`

function checkUnique(file: string, records: { id: string }[], out: DataProblem[]) {
  const seen = new Set<string>()
  records.forEach((r, i) => {
    if (seen.has(r.id))
      out.push({
        file,
        record: rec(r, i),
        field: 'id',
        message: `duplicates an earlier id "${r.id}"`,
      })
    seen.add(r.id)
  })
}

function checkWhen(file: string, record: string, w: When, out: DataProblem[]) {
  if (w.kind === 'undated') return
  const fields: [string, string][] =
    w.kind === 'point'
      ? [['when.date', w.date]]
      : [
          ['when.from', w.from],
          ['when.to', w.to],
        ]
  for (const [field, value] of fields) {
    if (!parsePartialDate(value))
      out.push({ file, record, field, message: `"${value}" is not a real calendar date` })
  }
  if (w.kind === 'span' && w.from > w.to) {
    out.push({
      file,
      record,
      field: 'when.to',
      message: `span ends (${w.to}) before it starts (${w.from})`,
    })
  }
}

export function checkReferences(d: RawDataset): DataProblem[] {
  const out: DataProblem[] = []
  checkUnique('data/actors.json', d.actors, out)
  checkUnique('data/places.json', d.places, out)
  checkUnique('data/events.json', d.events, out)
  checkUnique('data/flows.json', d.flows, out)

  const actors = new Map(d.actors.map((a) => [a.id, a]))
  const places = new Set(d.places.map((p) => p.id))
  const flows = new Set(d.flows.map((f) => f.id))

  const refActor = (
    file: string,
    record: string,
    field: string,
    id: string | undefined,
    stateOnly = false,
  ) => {
    if (id === undefined) return
    const a = actors.get(id)
    if (!a)
      out.push({
        file,
        record,
        field,
        message: `refers to actor "${id}", which is not in data/actors.json`,
      })
    else if (stateOnly && a.kind !== 'state')
      out.push({
        file,
        record,
        field,
        message: `must refer to a state, but "${id}" is a ${a.kind}`,
      })
  }
  const refPlace = (file: string, record: string, field: string, id: string) => {
    if (!places.has(id))
      out.push({
        file,
        record,
        field,
        message: `refers to place "${id}", which is not in data/places.json`,
      })
  }

  d.actors.forEach((a, i) => {
    const file = 'data/actors.json'
    refActor(file, rec(a, i), 'state', a.state, true)
    if (a.kind === 'person' && !a.state)
      out.push({
        file,
        record: rec(a, i),
        field: 'state',
        message: 'a person must name the state they act for',
      })
    if (a.state === a.id)
      out.push({
        file,
        record: rec(a, i),
        field: 'state',
        message: 'an actor cannot roll up into itself',
      })
  })
  d.places.forEach((p, i) => {
    const file = 'data/places.json'
    refActor(file, rec(p, i), 'country', p.country, true)
    // A country's point is an anchor, not a place: the map must be able to say which country it stands
    // for and why the point sits where it does.
    if (p.kind === 'country' && !p.country)
      out.push({
        file,
        record: rec(p, i),
        field: 'country',
        message: 'a country place must name the state it stands for',
      })
    if (p.kind === 'country' && !p.approximate)
      out.push({
        file,
        record: rec(p, i),
        field: 'approximate',
        message: 'a country place must say why its point sits where it does',
      })
  })
  d.events.forEach((e, i) => {
    const file = 'data/events.json'
    const r = rec(e, i)
    e.places.forEach((p, j) => refPlace(file, r, `places[${j}]`, p))
    e.actors.forEach((a, j) => refActor(file, r, `actors[${j}]`, a))
    e.flows.forEach((f, j) => {
      if (!flows.has(f))
        out.push({
          file,
          record: r,
          field: `flows[${j}]`,
          message: `refers to flow "${f}", which is not in data/flows.json`,
        })
    })
    checkWhen(file, r, e.when, out)
  })
  d.flows.forEach((f, i) => {
    const file = 'data/flows.json'
    const r = rec(f, i)
    refPlace(file, r, 'from', f.from)
    refPlace(file, r, 'to', f.to)
    f.via?.forEach((p, j) => refPlace(file, r, `via[${j}]`, p))
    refActor(file, r, 'fromActor', f.fromActor)
    refActor(file, r, 'toActor', f.toActor)
    if (f.from === f.to)
      out.push({
        file,
        record: r,
        field: 'to',
        message: 'a flow must go somewhere other than where it starts',
      })
    checkWhen(file, r, f.when, out)
  })
  return out
}
