import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FiltersPanel } from '../../../src/features/filters/FiltersPanel'
import { useAppStore } from '../../../src/store'
import { DEFAULT_FILTERS } from '../../../src/lib/explorer-view'
import type { Flow } from '../../../src/data/schema'
import { involves, realDataset, renderUi } from '../builders'

const data = realDataset()
const counts = () => screen.getByRole('status')
const expectCounts = (events: number, flows: number) =>
  expect(counts()).toHaveTextContent(
    `Showing ${events} of ${data.events.length} events, ${flows} of ${data.flows.length} flows`,
  )

/** A flow involves an actor as sender or receiver, or through an event that names it. */
function flowInvolves(f: Flow, chosen: readonly string[]): boolean {
  return (
    involves([f.fromActor, f.toActor], chosen) ||
    data.events.some((e) => e.flows.includes(f.id) && involves(e.actors, chosen))
  )
}

function actorsFieldset() {
  return within(screen.getByRole('group', { name: 'Actors' }))
}

describe('the filters', () => {
  it('starts showing everything, with nothing to clear', () => {
    renderUi(<FiltersPanel data={data} />)
    expectCounts(data.events.length, data.flows.length)
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeDisabled()
  })

  it('ticking Russia shows only items involving Russia or its people', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    await user.click(actorsFieldset().getByRole('checkbox', { name: 'Russia' }))
    const events = data.events.filter((e) => involves(e.actors, ['russia'])).length
    const flows = data.flows.filter((f) => flowInvolves(f, ['russia'])).length
    expect(events).toBeLessThan(data.events.length)
    expectCounts(events, flows)
    // Its people are included, shown ticked and locked.
    const putin = actorsFieldset().getByRole('checkbox', { name: 'Vladimir Putin' })
    expect(putin).toBeChecked()
    expect(putin).toBeDisabled()
    expect(putin).toHaveAccessibleDescription('with Russia')
  })

  it('Putin alone narrows further than Russia', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    await user.click(actorsFieldset().getByRole('checkbox', { name: 'Russia' }))
    const withRussia = counts().textContent
    await user.click(actorsFieldset().getByRole('checkbox', { name: 'Russia' }))
    await user.click(actorsFieldset().getByRole('checkbox', { name: 'Vladimir Putin' }))
    expect(useAppStore.getState().filters.actors).toEqual(['putin'])
    const events = data.events.filter((e) => e.actors.includes('putin')).length
    // Putin sends or receives no flow; the satellite technology comes with his hosting Kim at Vostochny.
    const flows = data.flows.filter((f) => flowInvolves(f, ['putin'])).length
    expect(flows).toBe(1)
    expectCounts(events, flows)
    expect(counts().textContent).not.toBe(withRussia)
  })

  it('the undated switch hides and shows undated items', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    const undatedEvents = data.events.filter((e) => e.when.kind === 'undated').length
    const undatedFlows = data.flows.filter((f) => f.when.kind === 'undated').length
    const box = screen.getByRole('checkbox', { name: /Include undated items/ })
    expect(box).toHaveAccessibleName(
      `Include undated items (${undatedEvents} events, ${undatedFlows} flows)`,
    )
    await user.click(box)
    expectCounts(data.events.length - undatedEvents, data.flows.length - undatedFlows)
    await user.click(box)
    expectCounts(data.events.length, data.flows.length)
  })

  it('year presets set the range, which is said in words; eras count where they overlap', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    await user.click(screen.getByRole('button', { name: 'Since the invasion 2022–2023' }))
    expect(useAppStore.getState().filters.years).toEqual([2022, 2023])
    expect(screen.getByRole('button', { name: 'Since the invasion 2022–2023' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(screen.getByText('From 2022 to 2023')).toBeInTheDocument()
    expect(screen.getByRole('spinbutton', { name: 'From' })).toHaveValue(2022)
    // The 2000–2023 revival era overlaps, so it still shows.
    await user.click(screen.getByRole('checkbox', { name: /Include undated items/ }))
    const dated = data.events.filter((e) => e.when.kind !== 'undated')
    const inRange = dated.filter(
      (e) =>
        (e.when.kind === 'span' ? e.when.to : e.when.kind === 'point' ? e.when.date : '') >= '2022',
    )
    expect(inRange.map((e) => e.id)).toContain('revival-fitful')
    expect(counts()).toHaveTextContent(`Showing ${inRange.length} of`)
  })

  it('says in one line what only a loose reading of the years keeps in', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    const note = () => counts().querySelector('.shown-counts__loose')
    expect(note()).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Since the invasion 2022–2023' }))
    const undated = [...data.events, ...data.flows].filter((x) => x.when.kind === 'undated')
    // Eras that overlap 2022-2023 but start before it or end after it: the revival efforts.
    const eras = [...data.events, ...data.flows].filter(
      (x) => x.when.kind === 'span' && x.when.from < '2022' && x.when.to >= '2022',
    )
    expect(eras.map((x) => x.id)).toEqual(['revival-fitful'])
    expect(note()).toHaveTextContent(
      `Includes ${undated.length} undated items and 1 era reaching beyond 2022–2023, drawn lighter.`,
    )
    await user.click(screen.getByRole('checkbox', { name: /Include undated items/ }))
    expect(note()).toHaveTextContent('Includes 1 era reaching beyond 2022–2023, drawn lighter.')
    await user.click(screen.getByRole('button', { name: 'All years 1948–2023' }))
    expect(note()).toBeNull()
  })

  it('typing a year commits only a whole year in range', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    const from = screen.getByRole('spinbutton', { name: 'From' })
    await user.clear(from)
    await user.type(from, '199')
    expect(useAppStore.getState().filters.years).toEqual([1948, 2023])
    await user.type(from, '1')
    expect(useAppStore.getState().filters.years).toEqual([1991, 2023])
  })

  it('clear all resets every filter', async () => {
    const { user } = renderUi(<FiltersPanel data={data} />)
    await user.click(actorsFieldset().getByRole('checkbox', { name: 'China' }))
    await user.click(screen.getByRole('checkbox', { name: 'Munitions' }))
    await user.click(screen.getByRole('checkbox', { name: /^Reported/ }))
    await user.click(screen.getByRole('button', { name: 'Cold War 1948–1991' }))
    const clear = screen.getByRole('button', { name: 'Clear all filters' })
    expect(clear).toBeEnabled()
    await user.click(clear)
    expect(useAppStore.getState().filters).toEqual(DEFAULT_FILTERS)
    expectCounts(data.events.length, data.flows.length)
    expect(clear).toBeDisabled()
  })
})
