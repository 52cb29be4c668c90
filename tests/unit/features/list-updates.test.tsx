/**
 * The list of places and flows after the filters or the selection change under it, without remounting.
 * Its rows are memoised on plain props, so these pin that each change reaches exactly the rows whose
 * words change (shown or hidden, the counts, the current item), checked against counts made here from
 * the data rather than by the app's own derivation.
 */
import { act, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Confidence, FlowKind } from '../../../src/data/schema'
import { ListPanel } from '../../../src/features/list/ListPanel'
import { useAppStore } from '../../../src/store'
import { realDataset, renderUi, selectNow, setFilters } from '../builders'

const data = realDataset()
const section = (name: 'Places' | 'Flows') =>
  screen.getByRole('heading', { name }).nextElementSibling as HTMLElement
const rowOf = (button: HTMLElement) => button.closest('li')!

/** Each row's name and what it says about the filters, in list order. */
function rows(name: 'Places' | 'Flows') {
  return within(section(name))
    .getAllByRole('button')
    .map((b) => {
      const row = within(rowOf(b))
      return {
        name: b.textContent,
        shown: row.queryByText('On the map') !== null,
        counts: row.queryByText(/^\d+ events?, \d+ flows?$/)?.textContent ?? null,
      }
    })
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** What the list should say under a confidence and flow-kind filter (all years, undated included). */
function expected(confidence: readonly Confidence[], kinds: readonly FlowKind[]) {
  const eventOn = (c: Confidence) => confidence.includes(c)
  const flowOn = (f: { confidence: Confidence; kind: FlowKind }) =>
    confidence.includes(f.confidence) && kinds.includes(f.kind)
  const places = [...data.places]
    .sort((a, b) => Number(b.headline) - Number(a.headline))
    .map((p) => {
      const events = data.events.filter((e) => e.places.includes(p.id) && eventOn(e.confidence))
      const flows = data.flows.filter(
        (f) => [f.from, f.to, ...(f.via ?? [])].includes(p.id) && flowOn(f),
      )
      const shown = events.length + flows.length > 0
      return {
        name: p.name,
        shown,
        counts: shown ? `${plural(events.length, 'event')}, ${plural(flows.length, 'flow')}` : null,
      }
    })
  const flows = data.flows.map((f) => ({ name: f.title, shown: flowOn(f), counts: null }))
  return { places, flows }
}

const ALL_CONFIDENCE: Confidence[] = ['stated', 'reported', 'assessed', 'claimed']
const ALL_KINDS = [...new Set(data.flows.map((f) => f.kind))]

describe('the list as the filters change under it', () => {
  it('updates exactly the rows whose shown state or counts change, and restores them all', () => {
    renderUi(<ListPanel data={data} />)
    const start = expected(ALL_CONFIDENCE, ALL_KINDS)
    expect(rows('Places')).toEqual(start.places)
    expect(rows('Flows')).toEqual(start.flows)

    act(() => setFilters({ confidence: ['stated'] }))
    const stated = expected(['stated'], ALL_KINDS)
    // The filter must change some rows and leave others, or this would prove nothing.
    expect(stated.flows.filter((f) => f.shown).length).toBeGreaterThan(0)
    expect(stated.flows.filter((f) => !f.shown).length).toBeGreaterThan(0)
    expect(stated.places).not.toEqual(start.places)
    expect(rows('Places')).toEqual(stated.places)
    expect(rows('Flows')).toEqual(stated.flows)

    act(() => setFilters({ flowKinds: ['weapons-tech'] }))
    const weapons = expected(['stated'], ['weapons-tech'])
    expect(rows('Places')).toEqual(weapons.places)
    expect(rows('Flows')).toEqual(weapons.flows)

    act(() => useAppStore.getState().clearFilters())
    expect(rows('Places')).toEqual(start.places)
    expect(rows('Flows')).toEqual(start.flows)
  })

  it('marks exactly the selected place or flow as current, as the selection moves', () => {
    renderUi(<ListPanel data={data} />)
    const current = () =>
      screen
        .getAllByRole('button')
        .filter((b) => b.getAttribute('aria-current') === 'true')
        .map((b) => b.textContent)
    const flow = data.flows[0]!

    act(() => selectNow({ kind: 'place', id: 'vostochny' }))
    expect(current()).toEqual(['Vostochny Cosmodrome'])
    act(() => selectNow({ kind: 'flow', id: flow.id }))
    expect(current()).toEqual([flow.title])
    act(() => setFilters({ confidence: [] }))
    expect(current()).toEqual([flow.title])
    act(() => selectNow(null))
    expect(current()).toEqual([])
  })
})
