import { describe, expect, it, vi } from 'vitest'
import { isAtStop } from '../../../src/store/stop-view'
import { useAppStore } from '../../../src/store'
import { defaultBriefing, ownBriefing } from './support'

const s = () => useAppStore.getState()
const view = () => ({ filters: s().filters, selection: s().selection, camera: s().camera })

describe('the briefing in the store', () => {
  it('shows a stop exactly as defined: filters, selection and camera, and the briefing’s place', () => {
    s().toggleActor('japan')
    s().showStop(defaultBriefing, 6)
    const stop = defaultBriefing.stops[6]!
    expect(isAtStop(view(), stop)).toBe(true)
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
      camera: { center: stop.camera.center, zoom: stop.camera.zoom },
    })
  })

  it('asks for the camera after the selection, so the stop’s camera wins over "bring the selection into view"', () => {
    const seen: string[] = []
    const unsubscribe = useAppStore.subscribe((st, prev) => {
      if (st.selection !== prev.selection) seen.push('selection')
      if (st.cameraRequest !== prev.cameraRequest) seen.push('camera')
    })
    s().showStop(defaultBriefing, 1)
    unsubscribe()
    expect(seen).toEqual(['selection', 'camera'])
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

  it('blacks out, explores and ends without touching the view', () => {
    s().showStop(defaultBriefing, 2)
    const before = view()
    s().setBlackout(true)
    s().setPresentationMode('explore')
    expect(s().presentation).toMatchObject({ blackout: true, mode: 'explore' })
    s().showStop(defaultBriefing, 3)
    expect(s().presentation).toMatchObject({ blackout: false, mode: 'stop' })
    s().endBriefing()
    expect(s().presentation).toBeNull()
    expect(view().filters).not.toBe(before.filters)
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
