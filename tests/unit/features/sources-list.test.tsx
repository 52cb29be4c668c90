import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ListPanel } from '../../../src/features/list/ListPanel'
import { SourcesPanel } from '../../../src/features/sources/SourcesPanel'
import { useAppStore } from '../../../src/store'
import { realDataset, renderUi, setFilters } from '../builders'

const data = realDataset()

describe('the sources panel', () => {
  it('names the article, its publisher, what is known of its date, and the credits', () => {
    renderUi(<SourcesPanel data={data} />)
    expect(screen.getByText(data.source.title)).toBeInTheDocument()
    expect(screen.getByText(data.source.subtitle)).toBeInTheDocument()
    expect(
      screen.getByText(`${data.source.publication}, ${data.source.publisher}`),
    ).toBeInTheDocument()
    expect(screen.getByText(/The text carries no publication date/)).toBeInTheDocument()
    for (const c of data.source.credits) expect(screen.getByText(c.name)).toBeInTheDocument()
  })

  it('lists quotations grouped by paragraph, the caption first and then in reading order', () => {
    renderUi(<SourcesPanel data={data} />)
    const headings = screen.getAllByRole('heading', { level: 4 })
    const used = [
      ...new Set(
        [...data.actors, ...data.places, ...data.events, ...data.flows].flatMap((r) =>
          r.quotes.map((q) => q.paragraph),
        ),
      ),
    ].sort((a, b) => a - b)
    expect(used[0]).toBe(0)
    expect(headings).toHaveLength(used.length)
    // Names as heard: the pilcrow is hidden from screen readers, who hear "Paragraph 6".
    headings.forEach((h, i) =>
      expect(h).toHaveAccessibleName(used[i] === 0 ? 'Photo caption' : `Paragraph ${used[i]}`),
    )
  })

  it('lists each quotation once per paragraph, linked to every record it supports', async () => {
    const { user } = renderUi(<SourcesPanel data={data} />)
    const words =
      'new railway and gas pipelines linking Russia and South Korea through North Korea, have come to naught'
    expect(screen.getAllByText(words)).toHaveLength(1)
    const item = within(screen.getByText(words).closest('li')!)
    expect(
      item.getByRole('button', { name: 'Railway and gas pipeline plans come to naught' }),
    ).toBeInTheDocument()
    await user.click(
      item.getByRole('button', {
        name: 'Railway between Russia and South Korea: plans came to nothing',
      }),
    )
    expect(useAppStore.getState().selection).toEqual({ kind: 'flow', id: 'railway-link' })
  })

  it('names actors as text, since they cannot be selected on the map', () => {
    renderUi(<SourcesPanel data={data} />)
    const item = within(screen.getByText('US Secretary of State Antony Blinken').closest('li')!)
    expect(item.getByText('Antony Blinken')).not.toHaveRole('button')
    expect(item.getByRole('button', { name: 'Washington' })).toBeInTheDocument()
  })
})

describe('the list of places and flows', () => {
  it('lists every place (headline places first) and every flow as buttons', () => {
    renderUi(<ListPanel data={data} />)
    const places = within(
      screen.getByRole('heading', { name: 'Places' }).nextElementSibling as HTMLElement,
    )
    const names = places.getAllByRole('button').map((b) => b.textContent)
    expect(names).toHaveLength(data.places.length)
    expect(names.slice(0, 4)).toEqual(data.places.filter((p) => p.headline).map((p) => p.name))
    const flows = within(
      screen.getByRole('heading', { name: 'Flows' }).nextElementSibling as HTMLElement,
    )
    expect(flows.getAllByRole('button')).toHaveLength(data.flows.length)
  })

  it('says which items the filters hide, with counts, instead of dropping them', () => {
    setFilters({ years: [1948, 1991], includeUndated: false })
    renderUi(<ListPanel data={data} />)
    const flows = within(
      screen.getByRole('heading', { name: 'Flows' }).nextElementSibling as HTMLElement,
    )
    expect(flows.getAllByRole('button')).toHaveLength(data.flows.length)
    expect(flows.getAllByText('Hidden by filters')).toHaveLength(data.flows.length - 1)
    expect(
      screen.getByText(new RegExp(`of ${data.flows.length} flows have something to show`)),
    ).toHaveTextContent(
      new RegExp(`^\\d+ of ${data.places.length} places and 1 of ${data.flows.length} flows`),
    )
  })

  it('selects a place and marks the current one', async () => {
    const { user } = renderUi(<ListPanel data={data} />)
    await user.click(screen.getByRole('button', { name: 'Vostochny Cosmodrome' }))
    expect(useAppStore.getState().selection).toEqual({ kind: 'place', id: 'vostochny' })
    expect(useAppStore.getState().panel).toBe('details')
    expect(screen.getByRole('button', { name: 'Vostochny Cosmodrome' })).toHaveAttribute(
      'aria-current',
      'true',
    )
  })
})
