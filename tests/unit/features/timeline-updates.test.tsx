/**
 * The timeline after the filters or the selection change under it, without remounting. Its buttons are
 * memoised and its layout is reused while the visible events stay the same, so these pin that every
 * change still reaches exactly the buttons it should, and no others.
 */
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Timeline } from '../../../src/features/timeline/Timeline'
import { formatWhen } from '../../../src/lib/dates'
import { useAppStore } from '../../../src/store'
import { realDataset, renderUi, selectNow, setFilters } from '../builders'

const data = realDataset()
const timeline = () => within(screen.getByRole('region', { name: 'Timeline' }))
const eventButtons = () => timeline().queryAllByRole('button', { name: /^.+: .+/ })
const names = () => eventButtons().map((b) => b.getAttribute('aria-label'))
const nameOf = (id: string) => {
  const e = data.eventById.get(id)!
  return `${formatWhen(e.when)}: ${e.title}`
}
const namesWhere = (keep: (id: string) => boolean) =>
  data.eventsInOrder.filter((e) => keep(e.id)).map((e) => nameOf(e.id))

describe('the timeline as the filters change under it', () => {
  it('shows exactly the events each filter change leaves, in date order, and all again after', () => {
    renderUi(<Timeline data={data} />)
    const all = namesWhere(() => true)
    expect(names()).toEqual(all)

    act(() => setFilters({ confidence: ['stated'] }))
    const stated = namesWhere((id) => data.eventById.get(id)!.confidence === 'stated')
    expect(stated.length).toBeGreaterThan(0)
    expect(stated.length).toBeLessThan(all.length)
    expect(names()).toEqual(stated)

    act(() => setFilters({ confidence: ['stated', 'assessed'], years: [2022, 2023] }))
    expect(names()).toEqual(
      namesWhere((id) => {
        const e = data.eventById.get(id)!
        const when = e.when
        const inYears =
          when.kind === 'undated' ||
          (when.kind === 'point'
            ? Number(when.date.slice(0, 4)) >= 2022
            : Number(when.to.slice(0, 4)) >= 2022)
        return ['stated', 'assessed'].includes(e.confidence) && inYears
      }),
    )

    act(() => useAppStore.getState().clearFilters())
    expect(names()).toEqual(all)
  })

  it('swaps the events when a change leaves as many as before but different ones', () => {
    renderUi(<Timeline data={data} />)
    // 1948 and 1991 each have two events, one of them the Cold War era that spans both.
    act(() => setFilters({ years: [1948, 1948], includeUndated: false }))
    expect(names()).toEqual([nameOf('founding-1948'), nameOf('cold-war-supply')])
    act(() => setFilters({ years: [1991, 1991] }))
    expect(names()).toEqual([nameOf('cold-war-supply'), nameOf('ussr-dissolution-1991')])
  })

  it('keeps every event button when a filter hides only flows', () => {
    renderUi(<Timeline data={data} />)
    const before = eventButtons()
    act(() => setFilters({ flowKinds: [] }))
    // The same elements, not just the same names: nothing was torn down and rebuilt.
    const after = eventButtons()
    expect(after).toHaveLength(before.length)
    expect(after.every((b, i) => b === before[i])).toBe(true)
    act(() => setFilters({ confidence: ['stated'] }))
    expect(names()).toEqual(namesWhere((id) => data.eventById.get(id)!.confidence === 'stated'))
  })

  it('moves the pressed state to exactly the selected event, through filter changes', () => {
    renderUi(<Timeline data={data} />)
    const pressed = () =>
      eventButtons()
        .filter((b) => b.getAttribute('aria-pressed') === 'true')
        .map((b) => b.getAttribute('aria-label'))

    act(() => selectNow({ kind: 'event', id: 'kim-at-vostochny' }))
    expect(pressed()).toEqual([nameOf('kim-at-vostochny')])
    act(() => selectNow({ kind: 'event', id: 'putin-visit-2000' }))
    expect(pressed()).toEqual([nameOf('putin-visit-2000')])

    act(() => setFilters({ years: [2022, 2023] }))
    expect(pressed()).toEqual([])
    expect(timeline().getByText('(hidden by the current filters)', { exact: false })).toBeVisible()
    act(() => useAppStore.getState().clearFilters())
    expect(pressed()).toEqual([nameOf('putin-visit-2000')])

    act(() => selectNow(null))
    expect(pressed()).toEqual([])
  })

  it('outlines exactly the events of the selected place, and none once it is unselected', () => {
    renderUi(<Timeline data={data} />)
    const outlined = () =>
      eventButtons()
        .filter((b) => b.classList.contains('tl-mark--related'))
        .map((b) => b.getAttribute('aria-label'))
    const atVostochny = (data.eventsByPlace.get('vostochny') ?? []).map((e) => nameOf(e.id))
    expect(atVostochny.length).toBeGreaterThan(0)

    act(() => selectNow({ kind: 'place', id: 'vostochny' }))
    expect(outlined()).toEqual(atVostochny)
    act(() => selectNow(null))
    expect(outlined()).toEqual([])
  })
})
