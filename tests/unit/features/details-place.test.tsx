import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DetailsPanel } from '../../../src/features/details/DetailsPanel'
import { CONFIDENCE_LABEL } from '../../../src/lib/labels'
import { useAppStore } from '../../../src/store'
import { DEFAULT_FILTERS } from '../../../src/lib/explorer-view'
import { realDataset, renderUi, selectNow, setFilters } from '../builders'

const data = realDataset()

/** The block under an h3 in the details panel. */
function section(name: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name })
  return heading.parentElement as HTMLElement
}

/** Pyongyang's events in date order, worked out here from the raw records rather than the app's index. */
function pyongyangEventsInDateOrder() {
  const key = (e: (typeof data.events)[number]) => {
    const w = e.when
    if (w.kind === 'undated') return Infinity
    const [y, m = '0'] = (w.kind === 'point' ? w.date : w.from).split('-')
    return Number(y) * 100 + Number(m)
  }
  return data.events.filter((e) => e.places.includes('pyongyang')).sort((a, b) => key(a) - key(b))
}

describe('the place panel', () => {
  it('names the place and quotes the article about it', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Pyongyang' })).toBeInTheDocument()
    expect(screen.getByText('Capital of North Korea')).toBeInTheDocument()
    expect(screen.getByText('his October visit to Pyongyang')).toBeInTheDocument()
  })

  it('lists what happened at Pyongyang in date order, each with its quotation, paragraph and confidence', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    const entries = within(section('What happened here')).getAllByRole('article')
    const expected = pyongyangEventsInDateOrder()
    expect(entries.map((a) => within(a).getByRole('heading', { level: 4 }).textContent)).toEqual(
      expected.map((e) => e.title),
    )
    expect(expected[0]?.id).toBe('founding-1948')

    entries.forEach((entry, i) => {
      const event = expected[i]!
      const first = event.quotes[0]!
      expect(within(entry).getByText(first.text)).toBeInTheDocument()
      const cite = within(entry)
        .getByText(first.text)
        .closest('figure')!
        .querySelector('figcaption')!
      expect(cite.textContent).toContain(
        first.paragraph === 0 ? 'photo caption' : `¶${first.paragraph}`,
      )
      expect(within(entry).getByText(CONFIDENCE_LABEL[event.confidence])).toBeInTheDocument()
    })
  })

  it('lists the flows in and out, with direction, status and confidence', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    const flows = within(section('Flows in and out'))
    expect(flows.getAllByRole('article')).toHaveLength(data.flowsByPlace.get('pyongyang')!.length)
    const munitions = flows
      .getByRole('button', { name: 'North Korean arms and munitions to Russia' })
      .closest('article')!
    expect(within(munitions).getByText('Pyongyang → Russia (no place named)')).toBeInTheDocument()
    expect(
      within(munitions).getByText('Reported', { selector: '.badge--status' }),
    ).toBeInTheDocument()
  })

  it('opens an event from the place panel', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    await user.click(screen.getByRole('button', { name: 'Putin visits Pyongyang' }))
    expect(useAppStore.getState().selection).toEqual({ kind: 'event', id: 'putin-visit-2000' })
    expect(screen.getByRole('heading', { level: 2, name: 'Putin visits Pyongyang' })).toHaveFocus()
  })

  it('says how many events and flows the filters hide, and shows them all again on request', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    setFilters({ years: [2022, 2023], includeUndated: false })
    const { user } = renderUi(<DetailsPanel data={data} />)
    const all = pyongyangEventsInDateOrder()
    const shown = all.filter(
      (e) =>
        e.when.kind !== 'undated' && (e.when.kind === 'span' ? e.when.to : e.when.date) >= '2022',
    )
    expect(within(section('What happened here')).getAllByRole('article')).toHaveLength(shown.length)
    expect(
      screen.getByText(`${all.length - shown.length} more events hidden by the current filters.`),
    ).toBeInTheDocument()

    await user.click(
      within(section('What happened here')).getByRole('button', { name: 'Show all' }),
    )
    expect(useAppStore.getState().filters).toEqual(DEFAULT_FILTERS)
    expect(within(section('What happened here')).getAllByRole('article')).toHaveLength(all.length)
    expect(screen.queryByText(/hidden by the current filters/)).not.toBeInTheDocument()
  })

  it('says so when nothing at the selected place is shown', () => {
    selectNow({ kind: 'place', id: 'tokyo' })
    setFilters({ years: [1948, 1991], includeUndated: false })
    renderUi(<DetailsPanel data={data} />)
    expect(screen.getByRole('note')).toHaveTextContent(
      'Nothing at this place is shown under the current filters.',
    )
  })
})

describe('the overview', () => {
  it('offers the four headline places and selects one', async () => {
    const { user } = renderUi(<DetailsPanel data={data} />)
    const list = section('Start with the four places the story turns on')
    const names = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(names).toEqual([
      'Pyongyang',
      'Vostochny Cosmodrome',
      'Komsomolsk-on-Amur',
      'Vladivostok',
    ])
    await user.click(within(list).getByRole('button', { name: 'Vladivostok' }))
    expect(useAppStore.getState().selection).toEqual({ kind: 'place', id: 'vladivostok' })
    expect(screen.getByRole('heading', { level: 2, name: 'Vladivostok' })).toHaveFocus()
  })

  it('does not take focus when it first appears with a selection (page load)', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Pyongyang' })).not.toHaveFocus()
  })

  it('goes back to the overview', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    await user.click(screen.getByRole('button', { name: 'Back to overview' }))
    expect(useAppStore.getState().selection).toBeNull()
    expect(
      screen.getByRole('heading', { level: 2, name: 'Russia and North Korea, place by place' }),
    ).toHaveFocus()
  })
})
