import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAppStore } from '../../../src/store'
import { startUrlSync } from '../../../src/store/url-sync'

let stop: (() => void) | undefined
afterEach(() => stop?.())

describe('url sync', () => {
  it('opens the view a link describes', () => {
    window.history.replaceState(
      null,
      '',
      '/?years=2022-2023&sel=place:vladivostok&cam=131.9,43.1,6',
    )
    stop = startUrlSync()
    const s = useAppStore.getState()
    expect(s.filters.years).toEqual([2022, 2023])
    expect(s.selection).toEqual({ kind: 'place', id: 'vladivostok' })
    expect(s.cameraRequest).toMatchObject({
      source: 'url',
      instant: true,
      target: { kind: 'camera', camera: { center: [131.9, 43.1], zoom: 6 } },
    })
  })

  it('pushes a history entry per choice and steps back through them', async () => {
    stop = startUrlSync()
    const before = window.history.length
    useAppStore.getState().toggleActor('china')
    useAppStore.getState().select({ kind: 'place', id: 'beijing' })
    expect(window.location.search).toBe('?actors=china&sel=place:beijing')
    expect(window.history.length).toBe(before + 2)

    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }))
    window.history.back()
    await popped
    expect(useAppStore.getState().selection).toBeNull()
    expect(useAppStore.getState().filters.actors).toEqual(['china'])
  })

  it('replaces the entry for camera moves', () => {
    stop = startUrlSync()
    const before = window.history.length
    // Following a framing (the home view) writes no camera: the link frames it again on any screen.
    useAppStore
      .getState()
      .reportCamera({ center: [121, 41], zoom: 4, bearing: 0, pitch: 0 }, { moved: false })
    expect(window.location.search).toBe('')
    useAppStore
      .getState()
      .reportCamera({ center: [120, 40], zoom: 5, bearing: 0, pitch: 0 }, { moved: true })
    expect(window.location.search).toBe('?cam=120,40,5')
    expect(window.history.length).toBe(before)
  })

  it('ignores a malformed link with a notice instead of failing', () => {
    window.history.replaceState(null, '', '/?years=zzz&sel=%3Cimg%20src%3Dx%3E&bogus=1')
    stop = startUrlSync()
    const s = useAppStore.getState()
    expect(s.filters.years).toEqual([1948, 2023])
    expect(s.selection).toBeNull()
    expect(s.notices[0]?.text).toMatch(/ignored/)
  })
})

describe('url sync for briefings', () => {
  const briefing = {
    id: 'default',
    title: 'T',
    stops: [
      {
        id: 'a',
        title: 'A',
        points: [],
        quotes: [],
        camera: { center: [120, 40] as [number, number], zoom: 4, bearing: 0, pitch: 0 },
      },
      {
        id: 'b',
        title: 'B',
        points: [],
        quotes: [],
        camera: { center: [130, 45] as [number, number], zoom: 5, bearing: 0, pitch: 0 },
        filters: { years: [2022, 2023] as [number, number] },
      },
    ],
  }

  it('turns a stop link into a request the briefing feature resolves, keeping the link meanwhile', () => {
    window.history.replaceState(null, '', '/?briefing=default&stop=2')
    stop = startUrlSync()
    expect(useAppStore.getState().briefingRequest).toEqual({
      briefingId: 'default',
      stop: 2,
      instant: true,
    })
    useAppStore.getState().toggleActor('china')
    expect(window.location.search).toBe('?briefing=default&stop=2')
  })

  it('names the stop showing, one history entry per stop, and leaves the stop link when the briefing ends', async () => {
    stop = startUrlSync()
    // history.length is capped by entries earlier tests left behind; count the pushes instead.
    const push = vi.spyOn(window.history, 'pushState')
    useAppStore.getState().showStop(briefing, 0)
    expect(window.location.search).toBe('?briefing=default&stop=1')
    useAppStore.getState().showStop(briefing, 1)
    expect(window.location.search).toBe('?briefing=default&stop=2')
    expect(push).toHaveBeenCalledTimes(2)
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }))
    window.history.back()
    await popped
    expect(useAppStore.getState().briefingRequest).toMatchObject({ briefingId: 'default', stop: 1 })
    // Nothing resolves the request here (that is the briefing feature's job), so stop 2 still shows:
    // leaving the briefing puts back the explorer as it was before the briefing, a fresh view here.
    useAppStore.getState().endBriefing()
    expect(window.location.search).toBe('')
  })

  it('does not move the address while the hand-out takes its pictures', () => {
    stop = startUrlSync()
    useAppStore.getState().setCapturingHandout(true)
    useAppStore.getState().applyView({
      filters: { ...useAppStore.getState().filters, years: [2000, 2010] },
      selection: null,
      focus: null,
      target: { kind: 'camera', camera: { center: [80, 45], zoom: 3, bearing: 0, pitch: 0 } },
    })
    expect(window.location.search).toBe('')
  })

  it('opens the presenter’s view from ?presenter=1', () => {
    window.history.replaceState(null, '', '/?presenter=1')
    stop = startUrlSync()
    expect(useAppStore.getState().presenterWindow).toBe(true)
  })
})
