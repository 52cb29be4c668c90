import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DetailsPanel } from '../../../src/features/details/DetailsPanel'
import { useAppStore } from '../../../src/store'
import { DEFAULT_FILTERS } from '../../../src/lib/explorer-view'
import { eventById, flowById, realDataset, renderUi, selectNow, setFilters } from '../builders'

const data = realDataset()

/** The value cell of a labelled fact ("When", "How much") in the panel's fact list. */
function fact(label: string): HTMLElement {
  const dt = screen.getByText(label, { selector: 'dt' })
  return dt.nextElementSibling as HTMLElement
}

describe('the event panel', () => {
  it('marks an inferred date as inferred and says how it was inferred ("last year")', () => {
    selectNow({ kind: 'event', id: 'invasion-2022' })
    renderUi(<DetailsPanel data={data} />)
    const when = fact('When')
    expect(within(when).getByText('2022')).toHaveAttribute('datetime', '2022')
    expect(within(when).getByText('inferred date')).toBeVisible()
    expect(when).toHaveTextContent(/says 'last year': read as 2022/)
  })

  it('gives a stated date as stated, with no inference mark', () => {
    selectNow({ kind: 'event', id: 'putin-visit-2000' })
    renderUi(<DetailsPanel data={data} />)
    expect(within(fact('When')).getByText('July 2000')).toBeInTheDocument()
    expect(within(fact('When')).queryByText(/inferred/)).not.toBeInTheDocument()
  })

  it('shows actors (people with their role), places, quotations with ¶ and confidence, and related flows', async () => {
    const event = eventById('shoigu-pyongyang-2023')
    selectNow({ kind: 'event', id: event.id })
    const { user } = renderUi(<DetailsPanel data={data} />)
    expect(fact('Who')).toHaveTextContent('Sergei Shoigu')
    expect(fact('Who')).toHaveTextContent('Russian Defence Minister')
    expect(fact('How sure')).toHaveTextContent('Stated')
    for (const q of event.quotes) {
      const figure = screen.getByText(q.text).closest('figure')!
      expect(figure.querySelector('figcaption')).toHaveTextContent(
        q.paragraph === 0 ? 'photo caption' : `¶${q.paragraph}`,
      )
      expect(within(figure).getByText('Stated')).toBeInTheDocument()
    }
    await user.click(within(fact('Where')).getByRole('button', { name: 'Pyongyang' }))
    expect(useAppStore.getState().selection).toEqual({ kind: 'place', id: 'pyongyang' })
  })

  it('says where the article does not say where', () => {
    selectNow({ kind: 'event', id: 'kim-pledge-2023' })
    renderUi(<DetailsPanel data={data} />)
    expect(fact('Where')).toHaveTextContent('No place given.')
    expect(fact('Where')).toHaveTextContent(
      'The article is vague here. The article does not say where Kim made this pledge.',
    )
  })

  it('says clearly when the selected event is hidden by the filters, and can show everything', async () => {
    selectNow({ kind: 'event', id: 'founding-1948' })
    setFilters({ years: [2022, 2023] })
    const { user } = renderUi(<DetailsPanel data={data} />)
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent('This event is hidden by the current filters')
    await user.click(within(note).getByRole('button', { name: 'Show all' }))
    expect(useAppStore.getState().filters).toEqual(DEFAULT_FILTERS)
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })
})

describe('the flow panel', () => {
  it('shows the reported quantity in the article’s words, what was not counted, and the status', () => {
    const flow = flowById('munitions-to-russia')
    selectNow({ kind: 'flow', id: flow.id })
    renderUi(<DetailsPanel data={data} />)
    expect(screen.getByRole('heading', { level: 2, name: flow.title })).toBeInTheDocument()
    expect(
      within(fact('How much')).getByText('around 1000 containers of military material'),
    ).toBeInTheDocument()
    expect(fact('How much')).toHaveTextContent(
      "US reports also indicated 'several other shipments'",
    )
    expect(fact('Status')).toHaveTextContent('Status: Reported')
    expect(fact('How sure')).toHaveTextContent('Reported')
    expect(fact('Between')).toHaveTextContent('North Korea')
    expect(fact('Between')).toHaveTextContent('Russia')
    expect(fact('Route')).toHaveTextContent('The article is vague here.')
  })

  it('says a wanted flow has no delivery reported', () => {
    selectNow({ kind: 'flow', id: 'satellite-tech' })
    renderUi(<DetailsPanel data={data} />)
    expect(fact('Status')).toHaveTextContent('Wanted; no delivery reported')
    expect(fact('How sure')).toHaveTextContent("Author's judgement")
  })

  it('routes between its two ends, with no stop the article does not name, and opens related events', async () => {
    selectNow({ kind: 'flow', id: 'railway-link' })
    const { user } = renderUi(<DetailsPanel data={data} />)
    const route = within(fact('Route'))
    expect(route.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Russia (no place named)',
      'South Korea (no place named)',
    ])
    expect(fact('Route')).toHaveTextContent('names no route, no end points and no direction')
    expect(fact('Status')).toHaveTextContent('Planned; came to nothing')
    await user.click(
      screen.getByRole('button', { name: 'Railway and gas pipeline plans come to naught' }),
    )
    expect(useAppStore.getState().selection).toEqual({ kind: 'event', id: 'infrastructure-naught' })
  })
})
