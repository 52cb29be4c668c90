/**
 * The map's busy/idle marker (sync-map-state.ts) on a real map: browser tests wait on
 * `[data-map-state="idle"]` after a change that redraws the map, so such a change must mark the map
 * busy in the same update and idle only once drawn; a change that draws nothing must leave it alone.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { fetchDataset } from '../../src/data/dataset'
import { DEFAULT_CAMERA } from '../../src/lib/explorer-view'
import { syncFlowEmphasis } from '../../src/map/sync-flow-emphasis'
import { syncFlowLayers } from '../../src/map/sync-flow-layers'
import { MAP_STATE_ATTRIBUTE, syncMapState } from '../../src/map/sync-map-state'
import { useAppStore } from '../../src/store'
import { mountMap, type RealMap } from './real-map'

const data = await fetchDataset()

let real: RealMap
beforeEach(async () => {
  real = await mountMap(data, [syncFlowLayers, syncFlowEmphasis, syncMapState])
})
afterEach(() => real.remove())

const state = () => real.frame.getAttribute(MAP_STATE_ATTRIBUTE)
const drawn = () => expect.poll(state, { timeout: 10_000 }).toBe('idle')
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve())
    step(n)
  })

it('is busy from a change the map draws until it is drawn: filters, selection, camera', async () => {
  await drawn()
  const s = useAppStore.getState()
  s.toggleFlowKind('munitions')
  expect(state()).toBe('loading')
  await drawn()
  s.select({ kind: 'flow', id: 'munitions-to-russia' })
  expect(state()).toBe('loading')
  await drawn()
  s.requestCamera(
    { kind: 'camera', camera: { ...DEFAULT_CAMERA, zoom: DEFAULT_CAMERA.zoom + 1 } },
    { instant: true },
  )
  expect(state()).toBe('loading')
  await drawn()
})

it('stays idle through changes that draw nothing on the map: notices, dialogs, panels', async () => {
  await drawn()
  const s = useAppStore.getState()
  s.notify('Saved the map as an image.')
  s.setBriefingDialog({ kind: 'manager' })
  s.setPanel('sources')
  expect(state()).toBe('idle')
  await frames(3)
  expect(state()).toBe('idle')
})
