/**
 * Filtered-out flows stay in the map's layers (hidden by feature-state), so the click layer still hits
 * them: the click module must act only on flows the filters leave visible. A stand-in map records the
 * handlers MapLibre would call; no WebGL needed.
 */
import type { Map as MaplibreMap, MapLayerMouseEvent } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { syncFlowClicks } from '../../src/map/sync-flow-clicks'
import { useAppStore } from '../../src/store'
import { loadRealDataset } from '../support/real-data'

const data = loadRealDataset()

function standInMap() {
  const handlers = new Map<string, (e: MapLayerMouseEvent) => void>()
  const canvas = document.createElement('canvas')
  const map = {
    getCanvas: () => canvas,
    on: (type: string, _layer: string, fn: (e: MapLayerMouseEvent) => void) =>
      handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
  } as unknown as MaplibreMap
  /** A pointer event over the given flows, topmost first, as MapLibre reports layer hits. */
  const fire = (type: 'click' | 'mousemove', ...flowIds: string[]) =>
    handlers.get(type)!({
      originalEvent: { target: canvas },
      features: flowIds.map((id) => ({ properties: { id } })),
    } as unknown as MapLayerMouseEvent)
  return { map, canvas, fire }
}

describe('clicking flow lines', () => {
  const soviet = data.flowById.get('soviet-aid')!
  const other = data.flows.find((f) => f.kind !== soviet.kind)!

  it('selects the flow under the pointer', () => {
    const { map, canvas, fire } = standInMap()
    const stop = syncFlowClicks(map, data, useAppStore)
    fire('mousemove', soviet.id)
    expect(canvas.style.cursor).toBe('pointer')
    fire('click', soviet.id)
    expect(useAppStore.getState().selection).toEqual({ kind: 'flow', id: soviet.id })
    stop()
  })

  it('passes over a filtered-out flow to a visible one beneath it, or selects nothing', () => {
    const { map, canvas, fire } = standInMap()
    const stop = syncFlowClicks(map, data, useAppStore)
    useAppStore.getState().toggleFlowKind(soviet.kind)
    fire('mousemove', soviet.id)
    expect(canvas.style.cursor).toBe('')
    fire('click', soviet.id)
    expect(useAppStore.getState().selection).toBeNull()
    fire('click', soviet.id, other.id)
    expect(useAppStore.getState().selection).toEqual({ kind: 'flow', id: other.id })
    stop()
  })
})
