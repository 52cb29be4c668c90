import { describe, expect, it } from 'vitest'
import {
  isAtStop,
  stopFilters,
  stopTarget,
  stopView,
  viewAsStopFields,
} from '../../../src/store/stop-view'
import { DEFAULT_FILTERS, HOME } from '../../../src/lib/explorer-view'
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

  it('is the stop exactly, until anything changes: filters, selection, or a move of the map', () => {
    const stop = defaultBriefing.stops[6]!
    const view = stopView(stop)
    const seq = 7
    const at = {
      filters: view.filters,
      selection: view.selection,
      cameraMoved: false,
      cameraRequest: { target: view.target, source: 'app' as const, instant: false, seq },
    }
    expect(isAtStop(at, stop, seq)).toBe(true)
    // Screen-independent: where the fit landed does not matter, only that the map was not moved.
    expect(isAtStop({ ...at, cameraMoved: true }, stop, seq)).toBe(false)
    expect(
      isAtStop({ ...at, cameraRequest: { ...at.cameraRequest, seq: seq + 1 } }, stop, seq),
    ).toBe(false)
    expect(isAtStop({ ...at, selection: { kind: 'place', id: 'vladivostok' } }, stop, seq)).toBe(
      false,
    )
    expect(
      isAtStop(
        { ...at, filters: { ...view.filters, includeUndated: !view.filters.includeUndated } },
        stop,
        seq,
      ),
    ).toBe(false)
    // The actor filter keeps the order people ticked them in; order does not make a different view.
    const two = { ...stop, filters: { actors: ['russia', 'china'] } }
    expect(
      isAtStop(
        { ...at, filters: { ...stopView(two).filters, actors: ['china', 'russia'] } },
        two,
        seq,
      ),
    ).toBe(true)
  })

  it('frames a stop by its saved area, else its subject, else its exact camera, else home', () => {
    const stop = defaultBriefing.stops[6]!
    expect(stopTarget(stop)).toEqual({
      kind: 'fit',
      framing: { places: stop.subject!.places, flows: [] },
    })
    const bounds = [
      [120, 35],
      [140, 50],
    ] as const
    expect(stopTarget({ ...stop, bounds: [[...bounds[0]], [...bounds[1]]] })).toMatchObject({
      kind: 'fit',
      framing: { bounds },
    })
    const camera = { center: [1, 2] as [number, number], zoom: 3, bearing: 0, pitch: 0 }
    expect(stopTarget({ ...stop, subject: undefined, camera })).toEqual({ kind: 'camera', camera })
    expect(stopTarget({ ...stop, subject: undefined })).toEqual(HOME)
  })

  it('turns the explorer’s view into a stop that frames the same area and subject', () => {
    const fields = viewAsStopFields({
      filters: DEFAULT_FILTERS,
      selection: { kind: 'place', id: 'vladivostok' },
      camera: { center: [1.23456, 2], zoom: 3.456, bearing: 0, pitch: 0 },
      bounds: [
        [120.12345, 35],
        [140, 50.98765],
      ],
      subject: { places: ['vladivostok'], flows: [] },
    })
    expect(fields).toEqual({
      camera: { center: [1.235, 2], zoom: 3.46, bearing: 0, pitch: 0 },
      bounds: [
        [120.123, 35],
        [140, 50.988],
      ],
      subject: { places: ['vladivostok'] },
      selection: { kind: 'place', id: 'vladivostok' },
    })
    const stop = { ...defaultBriefing.stops[1]!, subject: undefined, ...fields }
    expect(stopView(stop).target).toEqual({
      kind: 'fit',
      framing: { places: ['vladivostok'], flows: [], bounds: fields.bounds },
    })
  })
})
