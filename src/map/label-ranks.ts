/**
 * Who gives way to whom on the map (label-layout.ts places lower ranks first and never displaces them).
 * Rank 0 is the story's own: the selection and what it relates to, and a stop's subject. Then the four
 * headline places, the other places, regions and country edges. When something is emphasised,
 * everything else drops two ranks: it recedes, and its names show only where they are free. Pure.
 */
import type { Place } from '../data/schema'
import type { Emphasis } from '../lib/selection-emphasis'
import { ALL_SLOTS, type LabelSlot } from './label-layout'
import { LABEL_SIDE } from './label-placement'
import { placeTier, type PlaceTier } from './place-marker-element'

const TIER_RANK: Record<PlaceTier, number> = { headline: 1, secondary: 2, region: 3, country: 3 }

export function placeRank(place: Place, emphasis: Emphasis): number {
  if (emphasis.selectedPlace === place.id || emphasis.relatedPlaces.has(place.id)) return 0
  return TIER_RANK[placeTier(place)] + (emphasis.dimOthers ? 2 : 0)
}

export function flowRank(flowId: string, emphasis: Emphasis): number {
  if (emphasis.highlightedFlows.has(flowId)) return 0
  return emphasis.dimOthers ? 3 : 1
}

/** The place's chosen side first (label-placement.ts), then every other slot. */
export function slotsFor(placeId: string): LabelSlot[] {
  const first = LABEL_SIDE[placeId]
  return first ? [first, ...ALL_SLOTS.filter((s) => s !== first)] : [...ALL_SLOTS]
}
