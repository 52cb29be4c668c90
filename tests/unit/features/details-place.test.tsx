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

/**
 * Which era the article's chapters put a date in, worked out here from the raw dates (a span by its
 * start) rather than with the app's lib/eras.ts.
 */
function eraLabel(w: (typeof data.events)[number]['when']): string {
  if (w.kind === 'undated') return 'Undated'
  const year = Number((w.kind === 'point' ? w.date : w.from).slice(0, 4))
  if (year <= 1991) return 'Cold War, 1948–1991'
  if (year < 2000) return 'Relations languished, 1992–1999'
  if (year < 2022) return 'Revival attempts, 2000–2021'
  return 'Since the invasion, 2022–2023'
}

/** The button that opens and closes an era, and the part it controls. */
function era(name: string) {
  const toggle = screen.getByRole('button', { name: new RegExp(`^${name}`) })
  const body = document.getElementById(toggle.getAttribute('aria-controls')!)!
  return { toggle, body }
}

describe('the place panel', () => {
  it('names the place and quotes the article about it', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Pyongyang' })).toBeInTheDocument()
    expect(screen.getByText('Capital of North Korea')).toBeInTheDocument()
    expect(screen.getByText('his October visit to Pyongyang')).toBeInTheDocument()
  })

  it('opens with how many events and flows it has, era by era, and says which era is open', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    const events = data.events.filter((e) => e.places.includes('pyongyang'))
    const flows = data.flows.filter((f) => [f.from, f.to, ...(f.via ?? [])].includes('pyongyang'))
    const summary = document.querySelector('.place-summary') as HTMLElement
    expect(summary).toHaveTextContent(
      `${events.length} events, ${flows.length} flows here, by era:`,
    )
    const order = [
      'Cold War, 1948–1991',
      'Relations languished, 1992–1999',
      'Revival attempts, 2000–2021',
      'Since the invasion, 2022–2023',
      'Undated',
    ]
    const expected = order.flatMap((label) => {
      const e = events.filter((x) => eraLabel(x.when) === label).length
      const f = flows.filter((x) => eraLabel(x.when) === label).length
      if (e + f === 0) return []
      const parts = [
        ...(e > 0 ? [`${e} event${e === 1 ? '' : 's'}`] : []),
        ...(f > 0 ? [`${f} flow${f === 1 ? '' : 's'}`] : []),
      ]
      return [`${label}: ${parts.join(', ')}`]
    })
    expect(expected).toHaveLength(4)
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(expected)
    expect(summary).toHaveTextContent('Open below: Cold War.')
    // The eras below carry the same names and counts, in the same order.
    const toggles = screen.getAllByRole('button', { expanded: false })
    expect(toggles.map((b) => b.textContent)).toEqual(
      expected.slice(1).map((line) => line.replace(/: (.*)$/, ' ($1)')),
    )
  })

  it('opens only the first era: its events in date order, each with quotation, paragraph and confidence', () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    renderUi(<DetailsPanel data={data} />)
    const coldWar = era('Cold War')
    expect(coldWar.toggle).toHaveAttribute('aria-expanded', 'true')
    for (const name of ['Revival attempts', 'Since the invasion', 'Undated']) {
      const closed = era(name)
      expect(closed.toggle).toHaveAttribute('aria-expanded', 'false')
      expect(closed.body).not.toBeVisible()
      expect(within(closed.body).queryAllByRole('article')).toHaveLength(0)
    }
    const expected = pyongyangEventsInDateOrder().filter(
      (e) => eraLabel(e.when) === 'Cold War, 1948–1991',
    )
    const part = within(coldWar.body).getByRole('heading', { level: 4, name: 'What happened here' })
    const entries = within(part.nextElementSibling as HTMLElement).getAllByRole('article')
    expect(entries.map((a) => within(a).getByRole('heading', { level: 5 }).textContent)).toEqual(
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

  it('opens and closes an era from the keyboard, and the summary follows', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    const invasion = era('Since the invasion')
    invasion.toggle.focus()
    await user.keyboard('{Enter}')
    expect(invasion.toggle).toHaveAttribute('aria-expanded', 'true')
    expect(invasion.body).toBeVisible()
    expect(within(invasion.body).getAllByRole('article')).toHaveLength(11)
    expect(document.querySelector('.place-summary')).toHaveTextContent(
      'Open below: Cold War, Since the invasion.',
    )
    await user.keyboard(' ')
    expect(invasion.toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(era('Cold War').toggle)
    expect(document.querySelector('.place-summary')).toHaveTextContent('Every era below is closed.')
  })

  it('lists the flows in and out by era, with direction, status and confidence', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    for (const name of ['Since the invasion', 'Undated']) await user.click(era(name).toggle)
    const flows = data.flowsByPlace.get('pyongyang')!
    expect(
      screen
        .getAllByRole('heading', { level: 4, name: 'Flows in and out' })
        .flatMap((h) => within(h.nextElementSibling as HTMLElement).getAllByRole('article')),
    ).toHaveLength(flows.length)
    const munitions = screen
      .getByRole('button', { name: 'North Korean arms and munitions to Russia' })
      .closest('article')!
    const route = within(munitions).getByText(/Pyongyang → Russia \(no place named\)/)
    expect(within(route).getByText('Leaves from here')).toBeInTheDocument()
    expect(
      within(munitions).getByText('Reported', { selector: '.badge--status' }),
    ).toBeInTheDocument()
  })

  it('opens an event from the place panel', async () => {
    selectNow({ kind: 'place', id: 'pyongyang' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    await user.click(era('Revival attempts').toggle)
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
    const flows = data.flowsByPlace.get('pyongyang')!
    const shownFlows = flows.filter((f) => f.when.kind === 'point' && f.when.date >= '2022')
    const summary = document.querySelector('.place-summary') as HTMLElement
    expect(summary).toHaveTextContent(
      `${shown.length} events, ${shownFlows.length} flows here, by era:`,
    )
    // The revival era (2000-2023) shows only because it runs on into these years: the war years open.
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Revival attempts, 2000–2021: 1 event',
      `Since the invasion, 2022–2023: ${shown.length - 1} events, ${shownFlows.length} flows`,
    ])
    expect(summary).toHaveTextContent('Open below: Since the invasion.')
    expect(era('Since the invasion').toggle).toHaveAttribute('aria-expanded', 'true')
    expect(era('Revival attempts').toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryAllByRole('button', { name: /^(Cold War|Undated)/ })).toHaveLength(0)
    expect(
      within(summary).getByText(
        `${all.length - shown.length} more events hidden by the current filters.`,
      ),
    ).toBeInTheDocument()
    expect(
      within(summary).getByText(
        `${flows.length - shownFlows.length} more flows hidden by the current filters.`,
      ),
    ).toBeInTheDocument()

    await user.click(within(summary).getAllByRole('button', { name: 'Show all' })[0]!)
    expect(useAppStore.getState().filters).toEqual(DEFAULT_FILTERS)
    expect(summary).toHaveTextContent(`${all.length} events, ${flows.length} flows here, by era:`)
    expect(screen.queryByText(/hidden by the current filters/)).not.toBeInTheDocument()
  })

  it('opens the only era when everything shown is in one', () => {
    selectNow({ kind: 'place', id: 'vostochny' })
    renderUi(<DetailsPanel data={data} />)
    expect(document.querySelector('.place-summary')).toHaveTextContent(
      '1 event, 1 flow here, by era:Since the invasion, 2022–2023: 1 event, 1 flowOpen below: Since the invasion.',
    )
    expect(era('Since the invasion').toggle).toHaveAttribute('aria-expanded', 'true')
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

  it('shows no focus ring on the heading it focuses after a click, and one after a key press', async () => {
    const { user } = renderUi(<DetailsPanel data={data} />)
    const list = section('Start with the four places the story turns on')
    await user.click(within(list).getByRole('button', { name: 'Vladivostok' }))
    const vladivostok = screen.getByRole('heading', { level: 2, name: 'Vladivostok' })
    expect(vladivostok).toHaveFocus()
    // details.css draws no :focus-visible ring on a heading marked so.
    expect(vladivostok).toHaveAttribute('data-pointer-focus')
    // A key pressed while there: the ring comes back, to show where focus is.
    await user.keyboard('{Shift}')
    expect(vladivostok).not.toHaveAttribute('data-pointer-focus')

    const back = screen.getByRole('button', { name: 'Back to overview' })
    back.focus()
    await user.keyboard('{Enter}')
    const overview = screen.getByRole('heading', { level: 2, name: /place by place/ })
    expect(overview).toHaveFocus()
    expect(overview).not.toHaveAttribute('data-pointer-focus')
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
