/** Words the interface uses for the dataset's codes, in one place so panels, legend and filters agree. */
import type { Confidence, EventKind, FlowKind, FlowStatus } from '../data/schema'

export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  stated: 'Stated',
  reported: 'Reported',
  assessed: "Author's judgement",
  claimed: "A party's claim",
}

export const CONFIDENCE_HELP: Record<Confidence, string> = {
  stated: 'The article states this as fact.',
  reported: 'The article attributes this to someone else (for example "US reports indicated").',
  assessed: "The author's own assessment or inference.",
  claimed: 'What one of the parties says, quoted by the article.',
}

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  visit: 'Visit',
  statement: 'Statement',
  proposal: 'Proposal or plan',
  transfer: 'Transfer',
  'turning-point': 'Turning point',
  assessment: 'Assessment',
}

/** Kinds group flows for the filters; the map prints each flow's own `tag` instead. */
export const FLOW_KIND_LABEL: Record<FlowKind, string> = {
  munitions: 'Munitions',
  // The id is older than its contents: satellite technology moved to `technology`.
  'weapons-tech': 'Weapons and missile help',
  technology: 'Technology',
  'food-fuel': 'Food and fuel',
  aid: 'Soviet-era aid',
  labour: 'Labour',
  infrastructure: 'Pipelines and railways',
  ties: 'Ties between states',
}

/** Each says no more than the article: a want is not a delivery, a plan that came to naught is not "never". */
export const FLOW_STATUS_LABEL: Record<FlowStatus, string> = {
  historical: 'Historical',
  ongoing: 'Ongoing when the article was written',
  happened: 'Happened; no dates given',
  reported: 'Reported',
  sought: 'Wanted; no delivery reported',
  'never-built': 'Planned; came to nothing',
}

/** Sought and never-built flows are not reported to have happened: they are drawn dashed everywhere. */
export const UNREALISED_STATUSES: readonly FlowStatus[] = ['sought', 'never-built']

/**
 * What each way of drawing a line means, in one place for the map's legend, the full key and the
 * printed exports (src/map/layers.ts draws them). Shapes, not tints, carry the meaning, so it survives a
 * projector and a printer.
 */
export const LINE_STYLE_LABEL = {
  solid: 'Happened or reported',
  dashed: 'Wanted; no delivery reported. Or planned; came to nothing',
  ended: 'Ended: a bar closes the line (Soviet-era aid, to 1991)',
  tie: 'A tie between states: a relation, not a thing that moves',
  journey: 'Visits numbered in the order the article tells them; it gives no dates or route',
} as const

/**
 * The same, in the fewest words, for the legend a room reads from across the room while a stop is
 * shown (each on one line at 20 px in a third of a 1280-wide map).
 */
export const LINE_STYLE_SHORT: Record<keyof typeof LINE_STYLE_LABEL, string> = {
  solid: 'Happened or reported',
  dashed: 'Wanted, or planned and came to nothing',
  ended: 'Ended (the bar)',
  tie: 'A tie between states',
  journey: 'Visits in the article’s order; no dates',
}

/** Said once wherever lines are drawn: the article gives no routes. */
export const LINES_ARE_NOT_ROUTES = 'A line joins its two ends; it is not a route.'
export const LINES_ARE_NOT_ROUTES_SHORT = 'Lines join places; they are not routes.'
