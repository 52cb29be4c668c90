/**
 * What the map emphasises: the selection, and a briefing stop's subject (its focus). Pure: the place
 * markers, the flow tags, the flow lines and the saved map pictures (features/briefing/png) all read
 * this one answer, so they cannot disagree.
 */
import type { Dataset } from '../data/dataset'
import type { Focus, Selection } from './explorer-view'

export interface Emphasis {
  /** The place whose marker is pressed. */
  selectedPlace: string | null
  /** The flow whose marker is pressed. */
  selectedFlow: string | null
  /**
   * Places drawn at full strength with a ring: the ends of a selected flow, the places of a selected
   * event, a stop's subject places (and the places of its journey and the ones beyond the map).
   */
  relatedPlaces: ReadonlySet<string>
  /** Flows drawn at full strength: the selection's, and a stop's subject flows. */
  highlightedFlows: ReadonlySet<string>
  /** Whatever is not emphasised recedes (grey, not faded away) whenever something is. */
  dimOthers: boolean
  /** Flows a stop shows as having ended. */
  ended: ReadonlySet<string>
  /** Places of a stop's journey in the article's order: place id -> its number (1, 2, 3). */
  journey: ReadonlyMap<string, number>
}

export type EmphasisInput = Pick<Dataset, 'flowById' | 'eventById' | 'flowsByPlace'>

export const NO_EMPHASIS: Emphasis = {
  selectedPlace: null,
  selectedFlow: null,
  relatedPlaces: new Set(),
  highlightedFlows: new Set(),
  dimOthers: false,
  ended: new Set(),
  journey: new Map(),
}

function ofSelection(data: EmphasisInput, selection: Selection | null): Emphasis {
  if (!selection) return NO_EMPHASIS
  switch (selection.kind) {
    case 'place':
      return {
        ...NO_EMPHASIS,
        selectedPlace: selection.id,
        highlightedFlows: new Set((data.flowsByPlace.get(selection.id) ?? []).map((f) => f.id)),
        dimOthers: true,
      }
    case 'flow': {
      const flow = data.flowById.get(selection.id)
      if (!flow) return NO_EMPHASIS
      return {
        ...NO_EMPHASIS,
        selectedFlow: flow.id,
        relatedPlaces: new Set([flow.from, ...(flow.via ?? []), flow.to]),
        highlightedFlows: new Set([flow.id]),
        dimOthers: true,
      }
    }
    case 'event': {
      const event = data.eventById.get(selection.id)
      if (!event) return NO_EMPHASIS
      return {
        ...NO_EMPHASIS,
        relatedPlaces: new Set(event.places),
        highlightedFlows: new Set(event.flows),
        dimOthers: true,
      }
    }
  }
}

/** The places of a journey's events, numbered in the order given (a place visited twice keeps its first). */
export function journeyPlaces(
  data: Pick<Dataset, 'eventById'>,
  events: readonly string[],
): Map<string, number> {
  const order = new Map<string, number>()
  for (const id of events)
    for (const place of data.eventById.get(id)?.places ?? [])
      if (!order.has(place)) order.set(place, order.size + 1)
  return order
}

/** The selection's emphasis, joined with a stop's subject when one is shown. */
export function emphasisOf(
  data: EmphasisInput,
  selection: Selection | null,
  focus: Focus | null = null,
): Emphasis {
  const base = ofSelection(data, selection)
  if (!focus) return base
  const journey = journeyPlaces(data, focus.journey)
  return {
    ...base,
    relatedPlaces: new Set([
      ...base.relatedPlaces,
      ...focus.places,
      ...journey.keys(),
      ...focus.beyond,
      ...focus.flows.flatMap((id) => {
        const f = data.flowById.get(id)
        return f ? [f.from, ...(f.via ?? []), f.to] : []
      }),
    ]),
    highlightedFlows: new Set([...base.highlightedFlows, ...focus.flows]),
    dimOthers: true,
    ended: new Set(focus.ended),
    journey,
  }
}
