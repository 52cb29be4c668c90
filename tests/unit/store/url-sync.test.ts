import { afterEach, describe, expect, it } from 'vitest'
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
      camera: { center: [131.9, 43.1], zoom: 6 },
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
    useAppStore.getState().reportCamera({ center: [120, 40], zoom: 5, bearing: 0, pitch: 0 })
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
