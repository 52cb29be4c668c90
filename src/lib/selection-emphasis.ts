/**
 * What the current selection emphasises on the map. Pure: the place markers, the flow markers, the
 * flow lines and the saved map pictures (features/briefing/png) all read this one answer, so they
 * cannot disagree.
 */
import type { Dataset } from '../data/dataset'
import type { Selection } from './explorer-view'

export interface Emphasis {
  /** The place whose marker is pressed. */
  selectedPlace: string | null
  /** The flow whose marker is pressed. */
  selectedFlow: string | null
  /** Places drawn with a strong ring: the ends of a selected flow, the places of a selected event. */
  relatedPlaces: ReadonlySet<string>
  /** Flows drawn thick: the selected flow, flows touching a selected place, a selected event's flows. */
  highlightedFlows: ReadonlySet<string>
  /** Flows not highlighted fade back whenever something is selected. */
  dimOthers: boolean
}

export type EmphasisInput = Pick<Dataset, 'flowById' | 'eventById' | 'flowsByPlace'>

export const NO_EMPHASIS: Emphasis = {
  selectedPlace: null,
  selectedFlow: null,
  relatedPlaces: new Set(),
  highlightedFlows: new Set(),
  dimOthers: false,
}

export function emphasisOf(data: EmphasisInput, selection: Selection | null): Emphasis {
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
