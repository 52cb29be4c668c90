/**
 * Where each flow is drawn: its curved line and the midpoint for its button. Flows that share a leg in
 * the same direction (Moscow to Pyongyang carries four) get their own lanes so they fan out; flows in
 * opposite directions already bow to opposite sides (see src/lib/arcs.ts).
 */
import type { Dataset } from '../data/dataset'
import type { Flow } from '../data/schema'
import { actorColour } from '../lib/actor-colours'
import { arcThrough, laneOffsets, type Arc } from '../lib/arcs'
import { UNREALISED_STATUSES } from '../lib/labels'
import type { FlowFeatures } from './layers'

export type FlowGeometryInput = Pick<Dataset, 'flows' | 'placeById'>

function stopsOf(flow: Flow): string[] {
  return [flow.from, ...(flow.via ?? []), flow.to]
}

/** For every flow, the lane of each of its legs among the flows that travel that leg the same way. */
function lanesByFlow(flows: readonly Flow[]): Map<string, number[]> {
  const onLeg = new Map<string, string[]>()
  for (const f of flows) {
    const stops = stopsOf(f)
    for (let i = 1; i < stops.length; i++) {
      const key = `${stops[i - 1]}>${stops[i]}`
      onLeg.set(key, [...(onLeg.get(key) ?? []), f.id])
    }
  }
  const lanes = new Map<string, number[]>()
  for (const f of flows) {
    const stops = stopsOf(f)
    const own: number[] = []
    for (let i = 1; i < stops.length; i++) {
      const sharing = onLeg.get(`${stops[i - 1]}>${stops[i]}`) ?? [f.id]
      own.push(laneOffsets(sharing.length)[sharing.indexOf(f.id)] ?? 0)
    }
    lanes.set(f.id, own)
  }
  return lanes
}

/** Arcs for every flow whose places are all known (the loader checks references, so that is all). */
export function flowArcs(data: FlowGeometryInput): Map<string, Arc> {
  const lanes = lanesByFlow(data.flows)
  const arcs = new Map<string, Arc>()
  for (const f of data.flows) {
    const points = stopsOf(f).map((id) => data.placeById.get(id)?.lngLat)
    if (points.some((p) => !p)) continue
    arcs.set(f.id, arcThrough(points as [number, number][], { lanes: lanes.get(f.id) ?? [] }))
  }
  return arcs
}

/**
 * Where along its line each flow's button would like to be (0 to 1): halfway, except that flows over the
 * same route (the two never-built links, the four Moscow flows) are spread along it, so their buttons do
 * not stack up where the lanes are still close together. flow-marker-layout.ts slides them from there.
 */
export function flowMarkerFractions(flows: readonly Flow[]): Map<string, number> {
  const byRoute = new Map<string, string[]>()
  for (const f of flows) {
    const key = stopsOf(f).join('>')
    byRoute.set(key, [...(byRoute.get(key) ?? []), f.id])
  }
  const fractions = new Map<string, number>()
  for (const f of flows) {
    const sharing = byRoute.get(stopsOf(f).join('>')) ?? [f.id]
    const step = Math.min(0.2, 0.8 / sharing.length)
    fractions.set(f.id, 0.5 + (laneOffsets(sharing.length)[sharing.indexOf(f.id)] ?? 0) * step)
  }
  return fractions
}

export function flowFeatures(
  data: FlowGeometryInput & Pick<Dataset, 'stateOf'>,
  arcs: ReadonlyMap<string, Arc>,
): FlowFeatures {
  return {
    type: 'FeatureCollection',
    features: data.flows.flatMap((f) => {
      const arc = arcs.get(f.id)
      if (!arc) return []
      return [
        {
          type: 'Feature' as const,
          properties: {
            id: f.id,
            kind: f.kind,
            status: f.status,
            colour: actorColour(f.fromActor, data.stateOf).fill,
            unrealised: UNREALISED_STATUSES.includes(f.status),
            historical: f.status === 'historical',
          },
          geometry: { type: 'LineString' as const, coordinates: arc.coordinates },
        },
      ]
    }),
  }
}
