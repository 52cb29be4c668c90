import { describe, expect, it } from 'vitest'
import { selectionName } from '../../../src/lib/selection-name'
import { loadRealDataset } from '../../support/real-data'

const data = loadRealDataset()

describe('the name of what is selected', () => {
  it('is a place’s name, an event’s or a flow’s title', () => {
    const place = data.places[0]!
    const event = data.events[0]!
    const flow = data.flows[0]!
    expect(selectionName(data, { kind: 'place', id: place.id })).toBe(place.name)
    expect(selectionName(data, { kind: 'event', id: event.id })).toBe(event.title)
    expect(selectionName(data, { kind: 'flow', id: flow.id })).toBe(flow.title)
  })

  it('is undefined for an id the data does not have, or of another kind', () => {
    expect(selectionName(data, { kind: 'place', id: 'atlantis' })).toBeUndefined()
    expect(selectionName(data, { kind: 'event', id: data.places[0]!.id })).toBeUndefined()
  })
})
