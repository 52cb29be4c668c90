import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { layoutTimeline } from '../../../src/features/timeline/layout'
import { Timeline } from '../../../src/features/timeline/Timeline'
import { formatWhen } from '../../../src/lib/dates'
import { useAppStore } from '../../../src/store'
import { realDataset, renderUi, setFilters } from '../builders'

const data = realDataset()
const timeline = () => within(screen.getByRole('region', { name: 'Timeline' }))
const eventButtons = () => timeline().queryAllByRole('button', { name: /^.+: .+/ })
const nameOf = (id: string) => {
  const e = data.eventById.get(id)!
  return `${formatWhen(e.when)}: ${e.title}`
}

describe('the timeline', () => {
  it('has one button per event, named "<date>: <title>", in date order (the Tab order)', () => {
    renderUi(<Timeline data={data} />)
    expect(eventButtons().map((b) => b.getAttribute('aria-label'))).toEqual(
      data.eventsInOrder.map((e) => nameOf(e.id)),
    )
  })

  it('follows the filters: choosing Putin leaves only his events, and says how many are hidden', () => {
    setFilters({ actors: ['putin'] })
    renderUi(<Timeline data={data} />)
    const putins = data.eventsInOrder.filter((e) => e.actors.includes('putin'))
    expect(eventButtons().map((b) => b.getAttribute('aria-label'))).toEqual(
      putins.map((e) => nameOf(e.id)),
    )
    expect(
      timeline().getByText(
        `${data.events.length - putins.length} more events hidden by the current filters.`,
      ),
    ).toBeInTheDocument()
  })

  it('puts undated events in their own group, and hides them with the undated switch', () => {
    const undated = data.eventsInOrder.filter((e) => e.when.kind === 'undated')
    const { rerender } = renderUi(<Timeline data={data} />)
    expect(
      timeline().getByRole('button', { name: `Undated: ${undated[0]!.title}` }),
    ).toBeInTheDocument()
    setFilters({ includeUndated: false })
    rerender(<Timeline data={data} />)
    expect(timeline().queryAllByRole('button', { name: /^Undated: / })).toHaveLength(0)
    expect(timeline().getByText('Hidden by the filters')).toBeInTheDocument()
  })

  it('selects an event when pressed, marks it pressed, and unselects on a second press', async () => {
    const { user } = renderUi(<Timeline data={data} />)
    const button = timeline().getByRole('button', { name: nameOf('kim-at-vostochny') })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await user.click(button)
    expect(useAppStore.getState().selection).toEqual({ kind: 'event', id: 'kim-at-vostochny' })
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(
      timeline().getByText('Putin hosts Kim at the Vostochny Cosmodrome', {
        selector: '.timeline__readout-title',
      }),
    ).toBeInTheDocument()
    await user.click(button)
    expect(useAppStore.getState().selection).toBeNull()
  })

  it('tells screen readers which dates are inferred without changing the button names', () => {
    renderUi(<Timeline data={data} />)
    expect(
      timeline().getByRole('button', { name: nameOf('invasion-2022') }),
    ).toHaveAccessibleDescription('Date inferred from the article’s wording.')
    expect(
      timeline().getByRole('button', { name: nameOf('putin-visit-2000') }),
    ).not.toHaveAccessibleDescription()
  })
})

describe('the timeline layout', () => {
  const layout = layoutTimeline(data.eventsInOrder, { first: 1948, last: 2023, insetFrom: 2022 })

  it('keeps the dense 2022–2023 end in columns by the dates the article gives, never inventing a month', () => {
    expect(layout.b.slots.map((s) => s.label)).toEqual(['2022', '2023', 'Jul', 'Sep', 'Oct'])
    const yearOnly = layout.b.items.filter(
      (i) => i.type === 'point' && i.event.id === 'munitions-transfer-2023',
    )
    expect(yearOnly).toHaveLength(1)
    const slot2023 = layout.b.slots.find((s) => s.key === '2023')!
    const x = (yearOnly[0] as { xRem: number }).xRem
    expect(x).toBeGreaterThanOrEqual(slot2023.xRem)
    expect(x).toBeLessThan(slot2023.xRem + slot2023.widthRem)
  })

  it('never lets two marks share a cell', () => {
    const cells = new Set<string>()
    for (const i of layout.b.items) if (i.type === 'point') cells.add(`${i.xRem}:${i.row}`)
    expect(cells.size).toBe(layout.b.items.filter((i) => i.type === 'point').length)
  })

  it('draws eras as bars, continuing one that runs into the inset without a second button', () => {
    const revivalA = layout.a.find((i) => i.event.id === 'revival-fitful')
    expect(revivalA).toMatchObject({ type: 'era', continues: true })
    expect(layout.b.items.find((i) => i.event.id === 'revival-fitful')).toMatchObject({
      type: 'era',
      interactive: false,
    })
    expect(layout.b.items.find((i) => i.event.id === 'russia-seeks-munitions')).toMatchObject({
      type: 'era',
      interactive: true,
    })
  })
})
