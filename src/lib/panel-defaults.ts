/**
 * Which of the explorer's panels start open on a screen of a given size, before the person has opened
 * or closed any. The map comes first: with these, it has at least 55% of a 1920x1080 or 1366x768 window
 * and at least half of a 1280x720 one (the projector sizes people brief on). The filters start closed
 * there, and the timeline on screens under 1300 px tall, one click away in the map's toolbar; the
 * details panel, where the story is read, starts open. On phones everything stacks under the map; the map's legend starts folded there and on screens
 * under 900 px tall.
 */
export interface PanelDefaults {
  filters: boolean
  details: boolean
  timeline: boolean
  legend: boolean
}

/** At or below this width the page stacks (app.css). */
export const STACKED_MAX_WIDTH = 900

export function defaultPanels(width: number, height: number): PanelDefaults {
  const stacked = width <= STACKED_MAX_WIDTH
  return {
    filters: !stacked && width >= 2200,
    details: true,
    timeline: !stacked && height >= 1300,
    // Under 900 px tall the open legend would cover a third of the map: it starts folded, one click away.
    legend: !stacked && height >= 900,
  }
}
