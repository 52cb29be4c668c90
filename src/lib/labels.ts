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
  claimed: 'What one of the parties says about itself, quoted by the article.',
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
 * What each line style means, in one place for the legend and the printed exports. Solid covers ties
 * too: a relation the article describes as current, which is not a thing that moves.
 */
export const LINE_STYLE_LABEL = {
  solid: 'Happened or reported; for a tie between states, current when written',
  dashed: 'Wanted; no delivery reported. Or planned; came to nothing',
  historical: 'Historical: Soviet-era aid, ended 1991',
} as const
