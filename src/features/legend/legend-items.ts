/**
 * What the legend says about the map's symbols, in one place so it is easy to keep in step with the
 * map module (src/map), which draws them.
 */
import type { LineStyle } from '../../components/FlowLineSwatch'
import { LINE_STYLE_LABEL } from '../../lib/labels'

import type { MarkerStyle } from '../../components/MarkerSwatch'

export type { MarkerStyle }

export const MARKERS: readonly { style: MarkerStyle; label: string }[] = [
  { style: 'headline', label: 'Headline place: one of the four the story turns on' },
  { style: 'other', label: 'Another place: named in the article, or standing for a government' },
  { style: 'region', label: 'Region, or a place the article does not pin down' },
  { style: 'country', label: 'A country as a whole (no place named), drawn at its edge' },
  { style: 'muted', label: 'Faded: nothing here passes the current filters' },
]

export const LINES: readonly { style: LineStyle; label: string }[] = [
  { style: 'solid', label: LINE_STYLE_LABEL.solid },
  { style: 'dashed', label: LINE_STYLE_LABEL.dashed },
  { style: 'ended', label: LINE_STYLE_LABEL.ended },
  { style: 'tie', label: LINE_STYLE_LABEL.tie },
]
