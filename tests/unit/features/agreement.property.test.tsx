/**
 * The counts, the list and the timeline agree with computeVisible after any combination of filters.
 * All three are mounted together, as on the page, and the filters change under them (no remount), so a
 * panel that kept a stale answer, or derived its own, would disagree here. The map's side is checked in
 * the browser tests. The expected answers come from a fresh computeVisible call, not the shared
 * visibleFor result the panels read.
 */
import { act, screen, within } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONFIDENCE, FLOW_KINDS } from '../../../src/data/schema'
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel'
import { ListPanel } from '../../../src/features/list/ListPanel'
import { Timeline } from '../../../src/features/timeline/Timeline'
import { formatWhen } from '../../../src/lib/dates'
import { YEAR_MAX, YEAR_MIN, type Filters } from '../../../src/lib/explorer-view'
import { computeVisible, type IdSet } from '../../../src/lib/visibility'
import { looseNote } from '../../../src/lib/visibility-note'
import { useAppStore } from '../../../src/store'
import { realDataset, renderUi } from '../builders'

const data = realDataset()

const year = fc.integer({ min: YEAR_MIN, max: YEAR_MAX })
// The presets' ranges come up often: they are what people press.
const years = fc.oneof(
  fc.tuple(year, year).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const),
  fc.constantFrom(
    [1948, 1991] as const,
    [2000, 2023] as const,
    [2022, 2023] as const,
    [YEAR_MIN, YEAR_MAX] as const,
  ),
)
const filters: fc.Arbitrary<Filters> = fc.record({
  years,
  includeUndated: fc.boolean(),
  actors: fc.subarray(
    data.actors.map((a) => a.id),
    { maxLength: 3 },
  ),
  flowKinds: fc.subarray([...FLOW_KINDS]),
  confidence: fc.subarray([...CONFIDENCE]),
})

type Tag = 'on' | 'loose' | 'off'

/** What each row of a list says about the filters, by its tag's words, keyed by the row's name. */
function listTags(list: HTMLElement): Map<string, Tag> {
  const tags = new Map<string, Tag>()
  // Plain selectors rather than role queries: these run 60 times over 23 rows, and jsdom's role
  // computation made the test take half a minute.
  for (const li of list.querySelectorAll(':scope > li')) {
    const text = li.textContent
    const tag: Tag = text.includes('Hidden by filters')
      ? 'off'
      : text.includes('On the map, lighter')
        ? 'loose'
        : 'on'
    tags.set(li.querySelector('.row__name')!.textContent, tag)
  }
  return tags
}

function expectedTags(
  items: readonly { id: string; name: string }[],
  shown: IdSet,
  loose: IdSet,
): Map<string, Tag> {
  return new Map(
    items.map((x) => [x.name, !shown.has(x.id) ? 'off' : loose.has(x.id) ? 'loose' : 'on']),
  )
}

describe('the counts, the list and the timeline under any filters', () => {
  it('say what computeVisible says', () => {
    renderUi(
      <>
        <FiltersPanel data={data} />
        <ListPanel data={data} />
        <Timeline data={data} />
      </>,
    )
    const status = within(screen.getByRole('region', { name: 'Filters' })).getByRole('status')
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    const list = (name: string) =>
      screen.getByRole('heading', { level: 3, name }).nextElementSibling as HTMLElement
    const [places, flows] = [list('Places'), list('Flows')]
    // The event marks as the timeline test finds them by role, then by selector in the loop.
    const marksNow = () =>
      [...timeline.querySelectorAll('button[aria-label]')].map((b) => b.getAttribute('aria-label'))
    expect(marksNow()).toEqual(
      within(timeline)
        .getAllByRole('button', { name: /^.+: .+/ })
        .map((b) => b.getAttribute('aria-label')),
    )

    fc.assert(
      fc.property(filters, (f) => {
        act(() => useAppStore.setState({ filters: f }))
        const want = computeVisible(data, f)

        // The counts, and the line on what the years keep in loosely.
        expect(status.querySelector('.shown-counts__text')).toHaveTextContent(
          `Showing ${want.events.size} of ${data.events.length} events, ${want.flows.size} of ${data.flows.length} flows`,
        )
        const note = looseNote(want.loose, f.years)
        expect(status.querySelector('.shown-counts__loose')?.textContent ?? null).toBe(note)

        // The list: every place and flow, on the map, lighter, or hidden.
        expect(listTags(places)).toEqual(expectedTags(data.places, want.places, want.loose.places))
        expect(listTags(flows)).toEqual(
          expectedTags(
            data.flows.map((x) => ({ id: x.id, name: x.title })),
            want.flows,
            want.loose.flows,
          ),
        )

        // The timeline: one button per visible event, in date order.
        expect(marksNow()).toEqual(
          data.eventsInOrder
            .filter((e) => want.events.has(e.id))
            .map((e) => `${formatWhen(e.when)}: ${e.title}`),
        )
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
