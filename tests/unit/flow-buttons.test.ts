/**
 * How many flows get a button on the map: the first visible ones up to the cap, and never fewer than
 * all of the article's flows.
 */
import { describe, expect, it } from 'vitest'
import { computeVisible } from '../../src/lib/visibility'
import { flowsWithButtons, MAX_FLOW_BUTTONS } from '../../src/map/flow-marker-layout'
import { DEFAULT_FILTERS } from '../../src/lib/explorer-view'
import { loadRealDataset } from '../support/real-data'

describe('flowsWithButtons', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `flow-${i}`)

  it('gives the first visible flows a button, in the data’s order, up to the cap', () => {
    const odd = new Set(ids.filter((_, i) => i % 2 === 1))
    const chosen = flowsWithButtons(ids, odd)
    expect(chosen.size).toBe(MAX_FLOW_BUTTONS)
    expect([...chosen].slice(0, 3)).toEqual(['flow-1', 'flow-3', 'flow-5'])
    for (const id of chosen) expect(odd.has(id)).toBe(true)
  })

  it('gives every visible flow a button when there are fewer than the cap', () => {
    expect([...flowsWithButtons(ids, new Set(['flow-7', 'flow-3']))]).toEqual(['flow-3', 'flow-7'])
    expect(flowsWithButtons(ids, new Set()).size).toBe(0)
  })

  it('never leaves one of the article’s flows without a button', () => {
    const data = loadRealDataset()
    expect(data.flows.length).toBeLessThanOrEqual(MAX_FLOW_BUTTONS)
    const flowIds = data.flows.map((f) => f.id)
    const all = flowsWithButtons(flowIds, computeVisible(data, DEFAULT_FILTERS).flows)
    expect([...all]).toEqual(flowIds)
  })
})
