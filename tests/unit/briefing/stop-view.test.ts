import { describe, expect, it } from 'vitest'
import { isAtStop, stopFilters, stopView, viewAsStopFields } from '../../../src/store/stop-view'
import { DEFAULT_FILTERS } from '../../../src/lib/explorer-view'
import { defaultBriefing } from './support'

describe('a stop as a view', () => {
  it('fills what a stop leaves out with the defaults, in the store’s canonical order', () => {
    expect(stopFilters(undefined)).toBe(DEFAULT_FILTERS)
    expect(
      stopFilters({
        flowKinds: ['weapons-tech', 'munitions'],
        confidence: ['claimed', 'stated'],
        years: [2023, 2000],
      }),
    ).toEqual({
      ...DEFAULT_FILTERS,
      years: [2000, 2023],
      flowKinds: ['munitions', 'weapons-tech'],
      confidence: ['stated', 'claimed'],
    })
  })

  it('is the stop exactly, until anything changes', () => {
    const stop = defaultBriefing.stops[6]!
    const view = stopView(stop)
    expect(isAtStop(view, stop)).toBe(true)
    expect(
      isAtStop({ ...view, camera: { ...view.camera, zoom: view.camera.zoom + 0.5 } }, stop),
    ).toBe(false)
    expect(isAtStop({ ...view, selection: { kind: 'place', id: 'vladivostok' } }, stop)).toBe(false)
    expect(
      isAtStop(
        { ...view, filters: { ...view.filters, includeUndated: !view.filters.includeUndated } },
        stop,
      ),
    ).toBe(false)
    // The actor filter keeps the order people ticked them in; order does not make a different view.
    const two = { ...stop, filters: { actors: ['russia', 'china'] } }
    expect(
      isAtStop(
        { ...stopView(two), filters: { ...stopView(two).filters, actors: ['china', 'russia'] } },
        two,
      ),
    ).toBe(true)
  })

  it('turns the explorer’s view into a stop that shows that same view', () => {
    for (const stop of defaultBriefing.stops) {
      const view = stopView(stop)
      const back = stopView({
        ...stop,
        ...viewAsStopFields(view),
        filters: viewAsStopFields(view).filters,
      })
      expect(back).toEqual(view)
    }
    expect(
      viewAsStopFields({
        filters: DEFAULT_FILTERS,
        selection: null,
        camera: { center: [1.23456, 2], zoom: 3.456, bearing: 0, pitch: 0 },
      }),
    ).toEqual({
      camera: { center: [1.235, 2], zoom: 3.46, bearing: 0, pitch: 0 },
    })
  })
})
