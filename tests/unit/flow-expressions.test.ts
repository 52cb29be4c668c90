import { describe, expect, it } from 'vitest'
import type { Event, Flow, Place } from '../../src/data/schema'
import {
  changedFlowStates,
  changedHiddenFlows,
  flowFeatureState,
} from '../../src/map/flow-expressions'
import { flowArcs, flowFeatures } from '../../src/map/flow-geometry'
import { emphasisOf, NO_EMPHASIS, type EmphasisInput } from '../../src/lib/selection-emphasis'

function flow(id: string, from: string, to: string, extra: Partial<Flow> = {}): Flow {
  return {
    id,
    title: id,
    kind: 'weapons-tech',
    tag: 'Tag',
    what: 'things',
    from,
    to,
    fromActor: 'russia',
    toActor: 'north-korea',
    when: { kind: 'undated', note: 'n' },
    status: 'sought',
    confidence: 'assessed',
    summary: 's',
    quotes: [{ text: 'quote', paragraph: 1 }],
    ...extra,
  }
}

const FLOWS = [
  flow('a', 'moscow', 'pyongyang', { status: 'historical', fromActor: 'soviet-union' }),
  flow('b', 'moscow', 'pyongyang'),
  flow('c', 'pyongyang', 'ukraine', {
    status: 'reported',
    fromActor: 'north-korea',
    toActor: 'russia',
  }),
]
const EVENT: Event = {
  id: 'e',
  title: 'e',
  kind: 'visit',
  when: { kind: 'undated', note: 'n' },
  places: ['ukraine'],
  actors: ['russia'],
  summary: 's',
  confidence: 'stated',
  flows: ['c'],
  quotes: [{ text: 'quote', paragraph: 1 }],
}
const INPUT: EmphasisInput = {
  flowById: new Map(FLOWS.map((f) => [f.id, f])),
  eventById: new Map([[EVENT.id, EVENT]]),
  flowsByPlace: new Map([
    ['moscow', [FLOWS[0]!, FLOWS[1]!]],
    ['pyongyang', FLOWS],
    ['ukraine', [FLOWS[2]!]],
  ]),
}

describe('hidden flows', () => {
  const ids = ['a', 'b', 'c', 'd']
  const only = (...shown: string[]) => new Set(shown)

  it('sets every flow the first time: hidden exactly when not visible', () => {
    expect([...changedHiddenFlows(ids, null, only('b', 'd'))]).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
      ['d', false],
    ])
  })

  it('then touches only the flows whose visibility changed', () => {
    expect([...changedHiddenFlows(ids, only('b', 'd'), only('a', 'b'))]).toEqual([
      ['a', false],
      ['d', true],
    ])
    expect(changedHiddenFlows(ids, only('a'), only('a')).size).toBe(0)
  })
})

describe('emphasis from the selection', () => {
  it('selecting a place highlights the flows touching it and dims the rest', () => {
    const e = emphasisOf(INPUT, { kind: 'place', id: 'moscow' })
    expect(e.selectedPlace).toBe('moscow')
    expect([...e.highlightedFlows]).toEqual(['a', 'b'])
    expect(flowFeatureState('a', e)).toEqual({ selected: true, dimmed: false })
    expect(flowFeatureState('c', e)).toEqual({ selected: false, dimmed: true })
  })

  it('selecting a flow highlights it and marks its ends', () => {
    const e = emphasisOf(INPUT, { kind: 'flow', id: 'c' })
    expect(e.selectedFlow).toBe('c')
    expect([...e.relatedPlaces]).toEqual(['pyongyang', 'ukraine'])
    expect(flowFeatureState('c', e)).toEqual({ selected: true, dimmed: false })
    expect(flowFeatureState('a', e)).toEqual({ selected: false, dimmed: true })
  })

  it('selecting an event marks its places and highlights its flows', () => {
    const e = emphasisOf(INPUT, { kind: 'event', id: 'e' })
    expect([...e.relatedPlaces]).toEqual(['ukraine'])
    expect([...e.highlightedFlows]).toEqual(['c'])
    expect(e.selectedFlow).toBeNull()
  })

  it('nothing selected (or an unknown id) emphasises nothing', () => {
    expect(emphasisOf(INPUT, null)).toBe(NO_EMPHASIS)
    expect(emphasisOf(INPUT, { kind: 'flow', id: 'nope' })).toBe(NO_EMPHASIS)
    expect(flowFeatureState('a', NO_EMPHASIS)).toEqual({ selected: false, dimmed: false })
  })

  it('touches only the flows whose state changes', () => {
    const ids = FLOWS.map((f) => f.id)
    expect([...changedFlowStates(ids, null, NO_EMPHASIS).keys()]).toEqual(['a', 'b', 'c'])
    const moscow = emphasisOf(INPUT, { kind: 'place', id: 'moscow' })
    expect([...changedFlowStates(ids, NO_EMPHASIS, moscow).keys()]).toEqual(['a', 'b', 'c'])
    const flowB = emphasisOf(INPUT, { kind: 'flow', id: 'b' })
    // From Moscow (a, b thick; c dim) to flow b (b thick; a, c dim): only a changes.
    expect([...changedFlowStates(ids, moscow, flowB)]).toEqual([
      ['a', { selected: false, dimmed: true }],
    ])
    expect(changedFlowStates(ids, flowB, flowB).size).toBe(0)
  })
})

describe('flow features', () => {
  const place = (id: string, lngLat: [number, number]): Place => ({
    id,
    name: id,
    kind: 'city',
    lngLat,
    headline: false,
    quotes: [{ text: 'quote', paragraph: 1 }],
  })
  const places = new Map([
    ['moscow', place('moscow', [37.618, 55.756])],
    ['pyongyang', place('pyongyang', [125.754, 39.034])],
    ['ukraine', place('ukraine', [37.8, 48.3])],
  ])
  const stateOf = new Map([
    ['soviet-union', 'russia'],
    ['russia', 'russia'],
    ['north-korea', 'north-korea'],
  ])

  it('carries what the layers style by: colour of the sender’s state, dashed and historical flags', () => {
    const fc = flowFeatures(
      { flows: FLOWS, placeById: places, stateOf },
      flowArcs({ flows: FLOWS, placeById: places }),
    )
    expect(fc.features.map((f) => f.properties)).toEqual([
      {
        id: 'a',
        kind: 'weapons-tech',
        status: 'historical',
        colour: '#D55E00',
        unrealised: false,
        historical: true,
      },
      {
        id: 'b',
        kind: 'weapons-tech',
        status: 'sought',
        colour: '#D55E00',
        unrealised: true,
        historical: false,
      },
      {
        id: 'c',
        kind: 'weapons-tech',
        status: 'reported',
        colour: '#0072B2',
        unrealised: false,
        historical: false,
      },
    ])
  })

  it('fans out two flows over the same leg', () => {
    const arcs = flowArcs({ flows: FLOWS, placeById: places })
    const a = arcs.get('a')!.midpoint
    const b = arcs.get('b')!.midpoint
    expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(1)
  })
})
