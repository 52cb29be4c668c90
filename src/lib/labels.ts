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

export const FLOW_KIND_LABEL: Record<FlowKind, string> = {
  munitions: 'Munitions',
  'weapons-tech': 'Weapons and technology',
  'food-fuel': 'Food and fuel',
  aid: 'Soviet-era aid',
  labour: 'Labour',
  infrastructure: 'Pipelines and railways',
}

export const FLOW_STATUS_LABEL: Record<FlowStatus, string> = {
  historical: 'Historical',
  ongoing: 'Ongoing',
  reported: 'Reported',
  sought: 'Wanted, not delivered',
  'never-built': 'Planned, never built',
}

/** Sought and never-built flows did not happen: they are drawn dashed everywhere. */
export const UNREALISED_STATUSES: readonly FlowStatus[] = ['sought', 'never-built']
