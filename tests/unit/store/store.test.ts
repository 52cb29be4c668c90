import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../../src/store'
import { DEFAULT_FILTERS } from '../../../src/lib/explorer-view'

const s = () => useAppStore.getState()

describe('the store', () => {
  it('starts from the defaults (reset between tests)', () => {
    expect(s().filters).toEqual(DEFAULT_FILTERS)
    expect(s().selection).toBeNull()
  })

  it('clamps and orders a year range', () => {
    s().setYears([2030, 1900])
    expect(s().filters.years).toEqual([1948, 2023])
    s().setYears([2005.4, 1999])
    expect(s().filters.years).toEqual([1999, 2005])
  })

  it('toggles kinds and grades in a canonical order', () => {
    s().toggleFlowKind('munitions')
    s().toggleFlowKind('munitions')
    expect(s().filters.flowKinds).toEqual(DEFAULT_FILTERS.flowKinds)
  })

  it('toggles actors on and off', () => {
    s().toggleActor('russia')
    s().toggleActor('china')
    s().toggleActor('russia')
    expect(s().filters.actors).toEqual(['china'])
  })

  it('clear all filters resets every filter, and nothing else', () => {
    s().select({ kind: 'place', id: 'pyongyang' })
    s().toggleActor('russia')
    s().setIncludeUndated(false)
    s().clearFilters()
    expect(s().filters).toEqual(DEFAULT_FILTERS)
    expect(s().selection).toEqual({ kind: 'place', id: 'pyongyang' })
  })

  it('selecting something brings the details panel forward in the same update', () => {
    s().setPanel('sources')
    const seen: string[] = []
    const unsub = useAppStore.subscribe((st) => seen.push(`${st.selection?.id}:${st.panel}`))
    s().select({ kind: 'event', id: 'putin-visit-2000' })
    unsub()
    expect(seen).toEqual(['putin-visit-2000:details'])
  })

  it('numbers camera requests so asking twice for one view still moves the map', () => {
    const cam = { center: [130, 45] as const, zoom: 4, bearing: 0, pitch: 0 }
    s().requestCamera({ kind: 'camera', camera: cam })
    const first = s().cameraRequest.seq
    s().requestCamera({ kind: 'camera', camera: cam })
    expect(s().cameraRequest.seq).toBe(first + 1)
    expect(s().camera).toEqual(cam)
  })

  it('opens on the home framing, until a request replaces it', () => {
    expect(s().cameraRequest.target).toEqual({ kind: 'home' })
    expect(s().cameraMoved).toBe(false)
  })

  it('a reported camera makes no request; a move of the map’s own is remembered until the next request', () => {
    const request = s().cameraRequest
    s().reportCamera({ center: [100, 40], zoom: 3, bearing: 0, pitch: 0 }, { moved: false })
    expect(s().cameraRequest).toBe(request)
    expect(s().cameraMoved).toBe(false)
    s().reportCamera({ center: [101, 40], zoom: 3, bearing: 0, pitch: 0 }, { moved: true })
    s().reportCamera({ center: [102, 40], zoom: 3, bearing: 0, pitch: 0 }, { moved: false })
    expect(s().cameraMoved).toBe(true)
    s().requestCamera({ kind: 'home' })
    expect(s().cameraMoved).toBe(false)
  })

  it('selecting something opens the folded details panel, without making that a remembered choice', () => {
    s().setPanelOpen('details', false)
    s().select({ kind: 'place', id: 'tokyo' })
    expect(s().panels.details).toBe(true)
    expect(s().panelsChosen.details).toBe(false)
  })

  it('shows the same notice only once', () => {
    s().notify('x')
    s().notify('x')
    expect(s().notices).toHaveLength(1)
    s().dismissNotice(s().notices[0]!.id)
    expect(s().notices).toHaveLength(0)
  })

  it('a notice on a topic replaces the last one on that topic and leaves the others', () => {
    s().notify('A link was partly ignored')
    s().notify('Added “One” as stop 1', 'done')
    s().notify('Added “Two” as stop 2', 'done')
    expect(s().notices.map((n) => n.text)).toEqual([
      'A link was partly ignored',
      'Added “Two” as stop 2',
    ])
  })

  it('keeps only the latest notices, so a run of failures cannot pile up', () => {
    for (let i = 1; i <= 7; i++) s().notify(`problem ${i}`)
    expect(s().notices.map((n) => n.text)).toEqual([
      'problem 4',
      'problem 5',
      'problem 6',
      'problem 7',
    ])
  })
})
