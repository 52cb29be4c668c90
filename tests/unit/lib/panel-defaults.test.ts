import { describe, expect, it } from 'vitest'
import { defaultPanels } from '../../../src/lib/panel-defaults'

describe('defaultPanels', () => {
  it('leaves the map the room on the projector sizes: filters and timeline closed, details open', () => {
    for (const [w, h] of [
      [1440, 900],
      [1366, 768],
      [1280, 720],
    ] as const)
      expect(defaultPanels(w, h)).toEqual({
        filters: false,
        details: true,
        timeline: false,
        legend: h >= 900,
      })
  })

  it('keeps the timeline folded on a 1080-tall screen too: open, it would leave the map under half', () => {
    expect(defaultPanels(1920, 1080).timeline).toBe(false)
  })

  it('opens everything on a very large screen, and folds the legend on a phone', () => {
    expect(defaultPanels(2560, 1440)).toEqual({
      filters: true,
      details: true,
      timeline: true,
      legend: true,
    })
    expect(defaultPanels(390, 844).legend).toBe(false)
  })
})
