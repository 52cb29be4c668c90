/**
 * What the map's own legend lists: only the kinds of line, colour and mark that are on the map now,
 * so a room is never asked to read a key to things it cannot see. Pure, from the data, what the
 * filters leave and what is emphasised; unit-tested without a map.
 */
import type { LineStyle } from './FlowLineSwatch'
import { lineStyleOf } from './FlowLineSwatch'
import type { Dataset } from '../data/dataset'
import { actorColour } from '../lib/actor-colours'
import { LINE_STYLE_LABEL, LINE_STYLE_SHORT } from '../lib/labels'
import type { Emphasis } from '../lib/selection-emphasis'
import type { IdSet } from '../lib/visibility'
import type { MarkerStyle } from './MarkerSwatch'

export interface LegendLine {
  style: LineStyle
  label: string
}
export interface LegendColour {
  id: string
  name: string
  colour: string
}
export interface LegendMarker {
  style: MarkerStyle
  label: string
}
export interface MapLegendEntries {
  lines: LegendLine[]
  colours: LegendColour[]
  markers: LegendMarker[]
}

const ORDER: readonly LineStyle[] = [
  'solid',
  'dashed',
  'ended',
  'tie',
  'journey',
  'loose',
  'receded',
]

export function mapLegendEntries(
  data: Pick<Dataset, 'flows' | 'places' | 'actorById' | 'stateOf'>,
  visible: { flows: IdSet; places: IdSet; loose?: { flows: IdSet } },
  emphasis: Emphasis,
  /** While a stop is shown: "grey" then means "not part of this stop". */
  presenting: boolean,
  /**
   * The room's legend on screen says each entry in the fewest words; paper (the hand-out, the PNG) has
   * room for the full ones.
   */
  words: 'short' | 'full' = presenting ? 'short' : 'full',
): MapLegendEntries {
  const short = words === 'short'
  const styles = new Set<LineStyle>()
  const states = new Map<string, string>()
  let receded = false
  for (const f of data.flows) {
    if (!visible.flows.has(f.id)) continue
    const strong = !emphasis.dimOthers || emphasis.highlightedFlows.has(f.id)
    if (!strong) {
      receded = true
      continue
    }
    styles.add(lineStyleOf(f.status, f.kind))
    if (emphasis.ended.has(f.id)) styles.add('ended')
    const state = f.fromActor && (data.stateOf.get(f.fromActor) ?? f.fromActor)
    if (state && !states.has(state)) states.set(state, actorColour(state, data.stateOf).fill)
  }
  // A place's dot wears its state's colour too (China's Beijing, Japan's Tokyo): every colour drawn at
  // full strength is named, not only the senders'.
  for (const p of data.places) {
    if (!p.country || !visible.places.has(p.id)) continue
    const strong =
      !emphasis.dimOthers ||
      emphasis.relatedPlaces.has(p.id) ||
      emphasis.selectedPlace === p.id ||
      emphasis.journey.has(p.id)
    const state = data.stateOf.get(p.country) ?? p.country
    if (strong && !states.has(state)) states.set(state, actorColour(state, data.stateOf).fill)
  }
  if (emphasis.journey.size) styles.add('journey')
  // A stop draws its subject at full strength, loosely kept or not, and the rest grey: nothing is
  // lighter there, so the key does not say so.
  if (!presenting && visible.loose && visible.loose.flows.size > 0) styles.add('loose')
  if (receded) styles.add('receded')

  const label = (style: LineStyle): string =>
    style === 'receded'
      ? presenting
        ? 'Grey: not part of this stop'
        : 'Grey: not linked to what is selected'
      : style === 'loose'
        ? short
          ? 'Lighter: undated, or past the years'
          : 'Lighter: kept in though undated, or running past the years chosen'
        : (short ? LINE_STYLE_SHORT : LINE_STYLE_LABEL)[style]

  const markers: LegendMarker[] = []
  const shown = data.places.filter(
    (p) => visible.places.has(p.id) || emphasis.relatedPlaces.has(p.id),
  )
  // In the room's view the big named dots explain themselves; only the marks that need words stay.
  if (!presenting && shown.some((p) => p.headline))
    markers.push({ style: 'headline', label: 'One of the four places the story turns on' })
  if (!presenting && shown.some((p) => p.kind === 'region'))
    markers.push({ style: 'region', label: 'A region; its point is approximate' })
  if (shown.some((p) => p.kind === 'country'))
    markers.push({
      style: 'country',
      label: short
        ? 'A country: no place named'
        : 'A country as a whole: no place named, so the line stops at its edge',
    })

  return {
    lines: ORDER.filter((s) => styles.has(s)).map((style) => ({ style, label: label(style) })),
    colours: [...states].map(([id, colour]) => ({
      id,
      name: data.actorById.get(id)?.name ?? id,
      colour,
    })),
    markers,
  }
}
