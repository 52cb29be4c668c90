import { describe, expect, it } from 'vitest'
import { computeVisible, visibleFor, whenMatches } from '../../../src/lib/visibility'
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/explorer-view'
import { loadRealDataset } from '../../support/real-data'

const data = loadRealDataset()
const visible = (f: Partial<Filters>) => computeVisible(data, { ...DEFAULT_FILTERS, ...f })

describe('whenMatches', () => {
  it('counts a point by its year', () => {
    expect(whenMatches({ kind: 'point', date: '2000-07' }, [2000, 2000], true)).toBe(true)
    expect(whenMatches({ kind: 'point', date: '2000-07' }, [2001, 2023], true)).toBe(false)
  })
  it('counts an era wherever it overlaps the range', () => {
    const coldWar = { kind: 'span', from: '1948', to: '1991' } as const
    expect(whenMatches(coldWar, [1990, 2023], true)).toBe(true)
    expect(whenMatches(coldWar, [1960, 1965], true)).toBe(true)
    expect(whenMatches(coldWar, [1992, 2023], true)).toBe(false)
  })
  it('shows undated items only when asked', () => {
    expect(whenMatches({ kind: 'undated', note: 'n' }, [1948, 2023], true)).toBe(true)
    expect(whenMatches({ kind: 'undated', note: 'n' }, [1948, 2023], false)).toBe(false)
  })
})

describe('computeVisible on the article', () => {
  it('shows everything by default', () => {
    const v = visible({})
    expect(v.events.size).toBe(data.events.length)
    expect(v.flows.size).toBe(data.flows.length)
  })

  it('choosing Russia includes Putin, Shoigu and Lavrov', () => {
    const v = visible({ actors: ['russia'] })
    for (const id of ['putin-visit-2000', 'kim-at-komsomolsk', 'lavrov-trilateral-talks'])
      expect(v.events.has(id)).toBe(true)
    // Blinken's statement names Russia too; the Seoul-Tokyo assessment does not.
    expect(v.events.has('seoul-tokyo-rapprochement')).toBe(false)
  })

  it('rolls people up into their state: an item naming only Shoigu shows when Russia is chosen', () => {
    const onlyShoigu = {
      ...data.eventById.get('kim-at-komsomolsk')!,
      id: 'only-shoigu',
      actors: ['shoigu'],
    }
    const input = { events: [onlyShoigu], flows: [], stateOf: data.stateOf }
    expect(
      computeVisible(input, { ...DEFAULT_FILTERS, actors: ['russia'] }).events.has('only-shoigu'),
    ).toBe(true)
    expect(
      computeVisible(input, { ...DEFAULT_FILTERS, actors: ['north-korea'] }).events.has(
        'only-shoigu',
      ),
    ).toBe(false)
  })

  it('choosing Russia also includes the Soviet Union, which rolls up into it', () => {
    expect(visible({ actors: ['russia'] }).flows.has('soviet-aid')).toBe(true)
  })

  it('choosing a person narrows to that person, with the flows of the events they took part in', () => {
    const v = visible({ actors: ['shoigu'] })
    expect([...v.events].sort()).toEqual([
      'kim-at-komsomolsk',
      'shoigu-naval-exercises',
      'shoigu-pyongyang-2023',
    ])
    // Neither flow names Shoigu as sender or receiver: his Pyongyang talks name the munitions
    // transfer, and his hosting Kim at Komsomolsk names the aircraft Pyongyang wants.
    expect([...v.flows].sort()).toEqual(['aircraft', 'munitions-to-russia'])
  })

  it('a flow reaches a person only through an event that names it', () => {
    const input = { events: data.events, flows: data.flows, stateOf: data.stateOf }
    const talks = data.eventById.get('shoigu-pyongyang-2023')!
    const unnamed = {
      ...input,
      events: data.events.map((e) => (e === talks ? { ...e, flows: [] } : e)),
    }
    const shoigu = { ...DEFAULT_FILTERS, actors: ['shoigu'] }
    expect(computeVisible(input, shoigu).flows.has('munitions-to-russia')).toBe(true)
    expect(computeVisible(unnamed, shoigu).flows.has('munitions-to-russia')).toBe(false)
  })

  it('a flow reached through an event still follows its own years, kind and confidence', () => {
    const kim = { actors: ['kim-jong-un'] }
    expect(visible(kim).flows.has('munitions-to-russia')).toBe(true)
    expect(visible({ ...kim, years: [1948, 2022] }).flows.has('munitions-to-russia')).toBe(false)
    expect(visible({ ...kim, flowKinds: ['aid'] }).flows.size).toBe(0)
    expect(visible({ ...kim, confidence: ['stated'] }).flows.has('munitions-to-russia')).toBe(false)
  })

  it('the year range keeps eras that overlap it and drops points outside it', () => {
    const v = visible({ years: [1990, 1999] })
    expect(v.events.has('cold-war-supply')).toBe(true)
    expect(v.events.has('ussr-dissolution-1991')).toBe(true)
    expect(v.events.has('founding-1948')).toBe(false)
    expect(v.events.has('putin-visit-2000')).toBe(false)
  })

  it('undated items follow their own switch, not the years', () => {
    expect(visible({ years: [1948, 1950] }).events.has('labourers-far-east')).toBe(true)
    expect(visible({ includeUndated: false }).events.has('labourers-far-east')).toBe(false)
  })

  it('filters flows by kind and everything by confidence', () => {
    const v = visible({ flowKinds: ['munitions'], confidence: ['reported'] })
    expect([...v.flows]).toEqual(['munitions-to-russia'])
    expect([...v.events]).toEqual(['munitions-transfer-2023'])
  })

  it('marks places with visible items, and only those', () => {
    const v = visible({ actors: ['shoigu'] })
    // The munitions flow his talks led to stops at Russia's edge (no place in Russia is named).
    expect([...v.places].sort()).toEqual(['komsomolsk-on-amur', 'pyongyang', 'russia'])
    expect([...visible({ actors: ['lavrov'] }).places].sort()).toEqual([
      'korean-peninsula',
      'pyongyang',
    ])
  })
})

describe('what the years keep in loosely', () => {
  it('nothing while every year is chosen, whatever else is filtered', () => {
    for (const f of [{}, { actors: ['china'] }, { flowKinds: ['labour' as const] }]) {
      const { loose } = visible(f)
      expect([loose.events.size, loose.flows.size, loose.places.size]).toEqual([0, 0, 0])
      expect(loose.undated).toEqual({ events: 0, flows: 0 })
      expect(loose.runPast).toEqual({ events: 0, flows: 0 })
    }
  })

  it('since the invasion: the undated items and the revival era that began in 2000', () => {
    const v = visible({ years: [2022, 2023] })
    const undatedEvents = data.events.filter((e) => e.when.kind === 'undated').map((e) => e.id)
    const undatedFlows = data.flows.filter((f) => f.when.kind === 'undated').map((f) => f.id)
    expect([...v.loose.events].sort()).toEqual([...undatedEvents, 'revival-fitful'].sort())
    expect([...v.loose.flows].sort()).toEqual([...undatedFlows].sort())
    expect(v.loose.undated).toEqual({ events: undatedEvents.length, flows: undatedFlows.length })
    expect(v.loose.runPast).toEqual({ events: 1, flows: 0 })
    // Points inside the years, and an era inside them, are firm.
    for (const id of ['russia-seeks-munitions', 'shoigu-pyongyang-2023', 'invasion-2022'])
      expect(v.loose.events.has(id)).toBe(false)
    // Every loose item is also visible, and counted there.
    for (const id of v.loose.events) expect(v.events.has(id)).toBe(true)
    for (const id of v.loose.flows) expect(v.flows.has(id)).toBe(true)
  })

  it('a single year inside an era: the era runs past it at both ends', () => {
    const v = visible({ years: [1960, 1960], includeUndated: false })
    expect([...v.events].sort()).toEqual(['cold-war-supply'])
    expect([...v.loose.events]).toEqual(['cold-war-supply'])
    expect([...v.loose.flows]).toEqual(['soviet-aid'])
    expect(v.loose.runPast).toEqual({ events: 1, flows: 1 })
    expect(v.loose.undated).toEqual({ events: 0, flows: 0 })
  })

  it('a place is loose when only loose items show it', () => {
    const v = visible({ years: [2022, 2023] })
    // Seoul and Tokyo have only undated items; Pyongyang has firm 2023 events; Moscow has the
    // 2022-2023 search for munitions.
    expect(v.loose.places.has('seoul')).toBe(true)
    expect(v.loose.places.has('tokyo')).toBe(true)
    expect(v.loose.places.has('pyongyang')).toBe(false)
    expect(v.loose.places.has('moscow')).toBe(false)
    for (const p of v.loose.places) expect(v.places.has(p)).toBe(true)
  })
})

describe('visibleFor', () => {
  it('computes once per filter change, however many parts of the page ask', () => {
    const filters = { ...DEFAULT_FILTERS, actors: ['china'] }
    const first = visibleFor(data, filters)
    expect(visibleFor(data, filters)).toBe(first)
    expect(first).toEqual(computeVisible(data, filters))
    const next = visibleFor(data, { ...filters })
    expect(next).not.toBe(first)
    expect(next).toEqual(first)
  })
})
