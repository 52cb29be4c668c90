/**
 * What the legend says about the map's symbols, in one place so it is easy to keep in step with the
 * map module (src/map), which draws them.
 */
import type { LineStyle } from '../../components/FlowLineSwatch'

export type MarkerStyle = 'headline' | 'other' | 'region' | 'muted'

export const MARKERS: readonly { style: MarkerStyle; label: string }[] = [
  { style: 'headline', label: 'Headline place: one of the four the story turns on' },
  { style: 'other', label: 'Other place named in the article' },
  { style: 'region', label: 'Region, or a place the article does not pin down' },
  { style: 'muted', label: 'Faded: nothing here passes the current filters' },
]

export const LINES: readonly { style: LineStyle; label: string }[] = [
  { style: 'solid', label: 'Happened, or reported to have happened' },
  { style: 'dashed', label: 'Wanted but not delivered, or planned and never built' },
  { style: 'historical', label: 'Historical: Soviet-era aid, ended 1991' },
]
