/**
 * Print strength for the hand-out's pictures: the lines a little thicker, and nothing drawn faint.
 * On screen a receding line is a mid grey at 60% and a loosely kept one half transparent; on paper,
 * and on a grey-scale printer most of all, those fade into the land. Here a receding line is a solid
 * darker grey (still grey: "not part of this stop" reads by colour against the stop's own lines, and
 * by the legend), a loosely kept one stays lighter but well above half, and the white casing is solid
 * so a line keeps its edge over borders. Shapes (dashes, end bars, double ties) are unchanged: they
 * carry the meaning in print. Applied only for the moment of a capture, then put back.
 */
import type { ExpressionSpecification, Map as MaplibreMap } from 'maplibre-gl'
import { DIMMED, ENDED, FLOW_LAYER_IDS, HIDDEN, LOOSE, SELECTED, TIE } from './layers'

/** A receding line in print: 5:1 on the land colour, and still clearly lighter than black ink. */
export const PRINT_RECEDED_COLOUR = '#6b6b6b'
const PRINT_ENDED_COLOUR = '#3d3d3d'

const OPACITY: ExpressionSpecification = ['case', HIDDEN, 0, SELECTED, 1, LOOSE, 0.8, 1]

type PaintValue = ExpressionSpecification | number | string
type PaintProperty = Parameters<MaplibreMap['setPaintProperty']>[1]
const PRINT_PAINT: [layer: string, property: PaintProperty, value: PaintValue][] = [
  [FLOW_LAYER_IDS.journey, 'line-width', 5],
  [FLOW_LAYER_IDS.casing, 'line-width', ['case', SELECTED, 14, TIE, 14, 10]],
  [FLOW_LAYER_IDS.casing, 'line-opacity', ['case', HIDDEN, 0, 1]],
  [FLOW_LAYER_IDS.lines, 'line-width', ['case', TIE, 3, SELECTED, 7, 5.5]],
  [FLOW_LAYER_IDS.lines, 'line-gap-width', ['case', TIE, 4, 0]],
  [FLOW_LAYER_IDS.lines, 'line-opacity', OPACITY],
  [
    FLOW_LAYER_IDS.lines,
    'line-color',
    ['case', ENDED, PRINT_ENDED_COLOUR, DIMMED, PRINT_RECEDED_COLOUR, ['get', 'colour']],
  ],
  [
    FLOW_LAYER_IDS.arrows,
    'icon-color',
    ['case', ENDED, PRINT_ENDED_COLOUR, DIMMED, PRINT_RECEDED_COLOUR, ['get', 'colour']],
  ],
  [FLOW_LAYER_IDS.arrows, 'icon-opacity', ['case', ENDED, 0, OPACITY]],
  [
    FLOW_LAYER_IDS.ends,
    'icon-color',
    ['case', ENDED, PRINT_ENDED_COLOUR, DIMMED, PRINT_RECEDED_COLOUR, ['get', 'colour']],
  ],
  [FLOW_LAYER_IDS.ends, 'icon-opacity', OPACITY],
]

/** Sets the print paint on the flow layers; returns the function that puts the screen's back. */
export function applyPrintStyle(map: MaplibreMap): () => void {
  const saved: [string, PaintProperty, PaintValue | undefined][] = []
  for (const [layer, property, value] of PRINT_PAINT) {
    if (!map.getLayer(layer)) continue
    saved.push([layer, property, map.getPaintProperty(layer, property) as PaintValue | undefined])
    map.setPaintProperty(layer, property, value)
  }
  return () => {
    for (const [layer, property, value] of saved)
      if (map.getLayer(layer)) map.setPaintProperty(layer, property, value)
  }
}
