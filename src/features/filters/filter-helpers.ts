import type { Dataset } from '../../data/dataset'
import type { Actor } from '../../data/schema'
import { DEFAULT_FILTERS } from '../../lib/explorer-view'

export interface ActorGroup {
  state: Actor
  /** People and bodies that act for the state, and states folded into it (the Soviet Union). */
  members: Actor[]
}

/**
 * The actor filter's tree: each top-level state with the actors that roll up into it, then actors that
 * belong to no state (the UN Security Council).
 */
export function actorTree(data: Dataset): { groups: ActorGroup[]; unattached: Actor[] } {
  const groups: ActorGroup[] = data.actors
    .filter((a) => a.kind === 'state' && !a.state)
    .map((state) => ({ state, members: data.actors.filter((a) => a.state === state.id) }))
  const unattached = data.actors.filter((a) => a.kind !== 'state' && !a.state)
  return { groups, unattached }
}

export interface YearPreset {
  label: string
  years: readonly [number, number]
}

/**
 * Quick ranges that match the article's chapters: Soviet times, the revival attempts, the war years.
 * The revival attempts run to 2023 as in data/events.json ("revival-fitful"): the article's "past
 * quarter century" of efforts reaches its own time, so it overlaps the war years.
 */
export const YEAR_PRESETS: readonly YearPreset[] = [
  { label: 'Cold War', years: [1948, 1991] },
  { label: 'Revival attempts', years: [2000, 2023] },
  { label: 'Since the invasion', years: [2022, 2023] },
  { label: 'All years', years: [DEFAULT_FILTERS.years[0], DEFAULT_FILTERS.years[1]] },
]
