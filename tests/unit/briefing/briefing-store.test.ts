import { describe, expect, it, vi } from 'vitest'
import { isAtStop, stopTarget } from '../../../src/store/stop-view'
import { useAppStore } from '../../../src/store'
import { defaultBriefing, ownBriefing } from './support'

const s = () => useAppStore.getState()
const view = () => ({
  filters: s().filters,
  selection: s().selection,
  target: s().cameraRequest.target,
})

describe('the briefing in the store', () => {
  it('shows a stop exactly as defined: filters, selection and camera, and the briefing’s place', () => {
    s().toggleActor('japan')
    s().showStop(defaultBriefing, 6)
    const stop = defaultBriefing.stops[6]!
    expect(isAtStop(s(), stop, s().presentation!.cameraSeq)).toBe(true)
    expect(s().focus?.journey).toEqual(stop.subject?.journey)
    expect(s().presentation).toMatchObject({
      briefingId: 'default',
      index: 6,
      count: 12,
      mode: 'stop',
      blackout: false,
    })
    expect(s().cameraRequest).toMatchObject({
      source: 'app',
      instant: false,
      target: stopTarget(stop),
      seq: s().presentation!.cameraSeq,
    })
  })

  it('asks for the camera in the same update as the selection, so the stop’s framing wins over "bring the selection into view"', () => {
    const seen: string[] = []
    const unsubscribe = useAppStore.subscribe((st, prev) => {
      const both = st.selection !== prev.selection && st.cameraRequest !== prev.cameraRequest
      seen.push(both ? 'both' : st.selection !== prev.selection ? 'selection' : 'other')
    })
    s().showStop(defaultBriefing, 1)
    unsubscribe()
    expect(seen).toEqual(['both'])
  })

  it('puts the explorer back as it was before Present when the briefing ends', () => {
    s().toggleActor('japan')
    s().select({ kind: 'place', id: 'tokyo' })
    s().reportCamera({ center: [140, 36], zoom: 5, bearing: 0, pitch: 0 }, { moved: true })
    const before = { filters: s().filters, selection: s().selection }
    s().showStop(defaultBriefing, 0)
    s().showStop(defaultBriefing, 4)
    s().endBriefing()
    expect({ filters: s().filters, selection: s().selection }).toEqual(before)
    expect(s().cameraRequest.target).toEqual({
      kind: 'camera',
      camera: { center: [140, 36], zoom: 5, bearing: 0, pitch: 0 },
    })
    expect(s().focus).toBeNull()
  })

  it('ends a briefing opened by a link on a fresh explorer, framed at home', () => {
    s().requestBriefing('default', 5)
    s().showStop(defaultBriefing, 4)
    s().endBriefing()
    expect(s().selection).toBeNull()
    expect(s().cameraRequest.target).toEqual({ kind: 'home' })
  })

  it('draws the stop’s subject only in the stop view, not while the presenter explores', () => {
    s().showStop(defaultBriefing, 2)
    expect(s().focus?.ended).toEqual(['soviet-aid'])
    s().setPresentationMode('explore')
    expect(s().focus).toBeNull()
    s().setPresentationMode('stop')
    expect(s().focus?.ended).toEqual(['soviet-aid'])
  })

  it('keeps the clock across stops and starts it again for another briefing', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1000)
    s().showStop(defaultBriefing, 0)
    vi.spyOn(Date, 'now').mockReturnValue(5000)
    s().showStop(defaultBriefing, 3)
    expect(s().presentation?.startedAt).toBe(1000)
    s().showStop(ownBriefing(), 0)
    expect(s().presentation?.startedAt).toBe(5000)
  })

  it('clamps a stop number outside the briefing', () => {
    s().showStop(defaultBriefing, 40)
    expect(s().presentation?.index).toBe(11)
  })

  it('blacks out and explores without touching the view', () => {
    s().showStop(defaultBriefing, 2)
    const before = view()
    s().setBlackout(true)
    s().setPresentationMode('explore')
    expect(s().presentation).toMatchObject({ blackout: true, mode: 'explore' })
    s().showStop(defaultBriefing, 3)
    expect(s().presentation).toMatchObject({ blackout: false, mode: 'stop' })
    expect(view().filters).not.toBe(before.filters)
    s().endBriefing()
    expect(s().presentation).toBeNull()
  })

  it('does nothing to a briefing that is not running', () => {
    s().setBlackout(true)
    s().setPresentationMode('explore')
    expect(s().presentation).toBeNull()
  })

  it('keeps a request until the briefing is known, then the stop replaces it', () => {
    s().requestBriefing('default', 3, { instant: true })
    expect(s().briefingRequest).toEqual({ briefingId: 'default', stop: 3, instant: true })
    s().showStop(defaultBriefing, 2, { instant: true })
    expect(s().briefingRequest).toBeNull()
    expect(s().cameraRequest?.instant).toBe(true)
  })

  it('marks saved briefings as loaded once they are set', () => {
    expect(s().savedBriefingsLoaded).toBe(false)
    s().setSavedBriefings([])
    expect(s().savedBriefingsLoaded).toBe(true)
  })
})
