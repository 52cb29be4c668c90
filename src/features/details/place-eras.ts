/**
 * A place's shown events and flows, grouped by the article's eras (lib/eras.ts) for its details panel:
 * events in date order, flows arriving first, then leaving, then passing through, the question a
 * briefing asks of a place. Eras with nothing shown are left out.
 */
import type { Event, Flow } from '../../data/schema'
import { ERAS, eraOf, type Era } from '../../lib/eras'
import { directionAt } from './FlowEntry'

export interface EraGroup {
  era: Era
  events: Event[]
  flows: Flow[]
}

const DIRECTION_ORDER = { in: 0, out: 1, through: 2 } as const

export function groupByEra(
  placeId: string,
  events: readonly Event[],
  flows: readonly Flow[],
): EraGroup[] {
  const groups = new Map<string, EraGroup>(
    ERAS.map((era) => [era.id, { era, events: [], flows: [] }]),
  )
  for (const e of events) groups.get(eraOf(e.when).id)!.events.push(e)
  for (const f of flows) groups.get(eraOf(f.when).id)!.flows.push(f)
  const byDirection = (a: Flow, b: Flow) =>
    DIRECTION_ORDER[directionAt(a, placeId)] - DIRECTION_ORDER[directionAt(b, placeId)]
  return [...groups.values()]
    .filter((g) => g.events.length + g.flows.length > 0)
    .map((g) => ({ ...g, flows: g.flows.sort(byDirection) }))
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** "3 events, 1 flow", "2 flows", "0 events". */
export function eventsAndFlows({ events, flows }: Pick<EraGroup, 'events' | 'flows'>): string {
  const parts = []
  if (events.length > 0 || flows.length === 0) parts.push(count(events.length, 'event'))
  if (flows.length > 0) parts.push(count(flows.length, 'flow'))
  return parts.join(', ')
}
