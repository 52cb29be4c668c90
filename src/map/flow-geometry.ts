/**
 * Where each flow is drawn: its curved line and the midpoint for its button. Flows that share a leg in
 * the same direction (Moscow to Pyongyang carries four) get their own lanes so they fan out; flows in
 * opposite directions already bow to opposite sides (see src/lib/arcs.ts).
 */
import type { Dataset } from '../data/dataset'
import type { Flow } from '../data/schema'
import { actorColour } from '../lib/actor-colours'
import { arcThrough, laneOffsets, toMercator, type Arc } from '../lib/arcs'
import { UNREALISED_STATUSES } from '../lib/labels'
import type { FlowEnds, FlowFeatures } from './layers'

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
    // A line that stops at a country's edge (no place named) runs straight: a curve would bow out
    // over a neighbour or the sea as if it were a route (room.md: "no line that suggests a route").
    const vague = stopsOf(f).some((id) => data.placeById.get(id)?.kind === 'country')
    arcs.set(
      f.id,
      arcThrough(points as [number, number][], {
        lanes: lanes.get(f.id) ?? [],
        ...(vague ? { bend: 0 } : {}),
      }),
    )
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
            tie: f.kind === 'ties',
            arrows: hasDirection(f),
          },
          geometry: { type: 'LineString' as const, coordinates: arc.coordinates },
        },
      ]
    }),
  }
}

/**
 * Whether a flow's line carries arrowheads. Ties are relations, not things that move; the never-built
 * railway and pipelines "linking Russia and South Korea" have no direction in the article.
 */
export function hasDirection(f: Pick<Flow, 'kind'>): boolean {
  return f.kind !== 'ties' && f.kind !== 'infrastructure'
}

/** Where each flow that ended stops, with the bar across it turned square to the line's last stretch. */
export function flowEnds(
  data: Pick<Dataset, 'flows' | 'stateOf'>,
  arcs: ReadonlyMap<string, Arc>,
): FlowEnds {
  return {
    type: 'FeatureCollection',
    features: data.flows.flatMap((f) => {
      const line = arcs.get(f.id)?.coordinates
      if (f.status !== 'historical' || !line || line.length < 2) return []
      const end = line[line.length - 1]!
      const [x0, y0] = toMercator(line[line.length - 2]!)
      const [x1, y1] = toMercator(end)
      // Bearing of the last stretch, clockwise from north (Mercator y grows southwards). The icon's x
      // axis points east when unturned, so turning it by the bearing less a right angle lays that axis
      // along the line, and its north-south bar across it.
      const bearing = (Math.atan2(x1 - x0, y0 - y1) * 180) / Math.PI
      return [
        {
          type: 'Feature' as const,
          properties: {
            id: f.id,
            colour: actorColour(f.fromActor, data.stateOf).fill,
            rotate: bearing - 90,
          },
          geometry: { type: 'Point' as const, coordinates: [end[0], end[1]] },
        },
      ]
    }),
  }
}
