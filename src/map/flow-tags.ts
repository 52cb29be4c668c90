/**
 * The tags on the flows' lines: one button per flow (lines cannot take keyboard focus, buttons can),
 * gathered into one stack per route. Flows over the same route (food and fuel, air defence and missile
 * help, all wanted "from Russia" with no place named; the railway and the pipelines) would otherwise
 * lay three tags along one short stretch and bury their own lines; stacked, they cover one spot. Each
 * stack is one MapLibre marker, which the label layout slides along its route (sync-labels.ts).
 */
import { Marker, type Map as MaplibreMap } from 'maplibre-gl'
import type { Dataset } from '../data/dataset'
import type { Flow } from '../data/schema'
import { actorColour } from '../lib/actor-colours'
import { pointAlong, type Arc } from '../lib/arcs'
import { setHidden } from './dom'
import { createFlowMarkerElement } from './flow-marker-element'
import { candidateFractions } from './flow-marker-layout'

export interface FlowTag {
  flow: Flow
  element: HTMLButtonElement
  text: HTMLSpanElement
}

export interface FlowTagStack {
  key: string
  element: HTMLDivElement
  marker: Marker
  /** Points along the route the stack may take, most wanted first. */
  spots: [number, number][]
  tags: Map<string, FlowTag>
}

/** The places a flow passes, in order: flows with the same route share a stack. */
export const routeKey = (f: Pick<Flow, 'from' | 'to' | 'via'>) =>
  [f.from, ...(f.via ?? []), f.to].join('>')

export function flowTagStacks(
  map: MaplibreMap,
  data: Pick<Dataset, 'flows' | 'stateOf'>,
  arcs: ReadonlyMap<string, Arc>,
  preferred: ReadonlyMap<string, number>,
  onPress: (flow: Flow) => void,
) {
  const stacks = new Map<string, FlowTagStack>()
  const order = new Map(data.flows.map((f, i) => [f.id, i]))

  const stackFor = (flow: Flow): FlowTagStack => {
    const key = routeKey(flow)
    const made = stacks.get(key)
    if (made) return made
    const arc = arcs.get(flow.id)!
    const spots = candidateFractions(preferred.get(flow.id)).map((f) =>
      pointAlong(arc.coordinates, f),
    )
    const element = document.createElement('div')
    element.className = 'flow-tag-stack'
    const marker = new Marker({ element, anchor: 'center' })
      .setLngLat(spots[0] ?? arc.midpoint)
      .addTo(map)
    const stack: FlowTagStack = { key, element, marker, spots, tags: new Map() }
    stacks.set(key, stack)
    return stack
  }

  /** The flow's tag, made the first time it is needed, in the data's order within its stack. */
  const tagFor = (flow: Flow): FlowTag => {
    const stack = stackFor(flow)
    const made = stack.tags.get(flow.id)
    if (made) return made
    const element = createFlowMarkerElement(flow, actorColour(flow.fromActor, data.stateOf))
    element.addEventListener('click', () => onPress(flow))
    const text = element.querySelector<HTMLSpanElement>('.flow-marker__tag')!
    const next = [...stack.element.children].find(
      (el) =>
        (order.get((el as HTMLElement).dataset.flowId ?? '') ?? 0) > (order.get(flow.id) ?? 0),
    )
    stack.element.insertBefore(element, next ?? null)
    const tag: FlowTag = { flow, element, text }
    stack.tags.set(flow.id, tag)
    return tag
  }

  /** Removes a flow's tag (and its stack, once empty). */
  const drop = (flowId: string) => {
    for (const stack of stacks.values()) {
      const tag = stack.tags.get(flowId)
      if (!tag) continue
      tag.element.remove()
      stack.tags.delete(flowId)
      if (!stack.tags.size) {
        stack.marker.remove()
        stacks.delete(stack.key)
      }
    }
  }

  /** Hides a stack with no tag showing. */
  const tidy = () => {
    for (const stack of stacks.values())
      setHidden(stack.element, ![...stack.tags.values()].some((t) => !t.element.hidden))
  }

  const all = () => [...stacks.values()].flatMap((s) => [...s.tags.values()])
  const remove = () => {
    for (const s of stacks.values()) s.marker.remove()
    stacks.clear()
  }
  return { stacks, tagFor, drop, tidy, all, remove }
}
