/**
 * The timeline's layout for whatever the filters leave visible, recomputed only when the visible events
 * change. Many filter changes leave the events alone (a flow kind, say, hides only flows) but still make
 * a new `visible`; reusing the last layout then lets every segment skip its re-render entirely.
 */
import type { Dataset } from '../../data/dataset'
import type { Event } from '../../data/schema'
import type { IdSet } from '../../lib/visibility'
import { layoutTimeline, type TimelineLayout, type TimelineRange } from './layout'

interface Last {
  range: TimelineRange
  events: readonly Event[]
  layout: TimelineLayout
}

// Like visibleFor: one answer per dataset, shared by identity. Datasets are never mutated.
const lastLayout = new WeakMap<Dataset, Last>()

function sameEvents(a: readonly Event[], b: readonly Event[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Every visible event of `data` in date order, laid out; the same object while they stay the same. */
export function layoutVisible(
  data: Dataset,
  visibleEvents: IdSet,
  range: TimelineRange,
): TimelineLayout {
  const events = data.eventsInOrder.filter((e) => visibleEvents.has(e.id))
  const last = lastLayout.get(data)
  if (last && last.range === range && sameEvents(last.events, events)) return last.layout
  const layout = layoutTimeline(events, range)
  lastLayout.set(data, { range, events, layout })
  return layout
}
