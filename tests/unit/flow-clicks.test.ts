/**
 * Filtered-out flows stay in the map's layers (hidden by feature-state), so a query of the lines still
 * finds them: the click module must act only on flows the filters leave visible. A stand-in map records the
 * handlers MapLibre would call; no WebGL needed.
 */
import type { Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl'
import { describe, expect, it } from 'vitest'
import { FLOW_LAYER_IDS } from '../../src/map/layers'
import { HIT_SLOP_PX, syncFlowClicks } from '../../src/map/sync-flow-clicks'
import { useAppStore } from '../../src/store'
import { loadRealDataset } from '../support/real-data'

const data = loadRealDataset()

/** A flow the stand-in map reports near the pointer: its id and where its line runs on screen. */
type Near = { id: string; line: [number, number][] }

function standInMap() {
  const handlers = new Map<string, (e: MapMouseEvent) => void>()
  const canvas = document.createElement('canvas')
  let under: Near[] = []
  const queries: { box: unknown; layers: readonly string[] | undefined }[] = []
  const map = {
    getCanvas: () => canvas,
    on: (type: string, fn: (e: MapMouseEvent) => void) => handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
    queryRenderedFeatures: (box: unknown, options?: { layers?: readonly string[] }) => {
      queries.push({ box, layers: options?.layers })
      return under.map(({ id, line }) => ({
        properties: { id },
        geometry: { type: 'LineString', coordinates: line },
      }))
    },
    // Screen and map coordinates are the same here.
    project: ([x, y]: [number, number]) => ({ x, y }),
  } as unknown as MaplibreMap
  /** A pointer event at (100, 50) over these flows, topmost first, each running through the pointer. */
  const fire = (type: 'click' | 'mousemove', ...flowIds: string[]) =>
    fireNear(
      type,
      flowIds.map((id) => ({
        id,
        line: [
          [90, 50],
          [110, 50],
        ],
      })),
    )
  /** A pointer event at (100, 50) with these flows reported near it, topmost first. */
  const fireNear = (type: 'click' | 'mousemove', near: Near[]) => {
    under = near
    handlers.get(type)!({
      originalEvent: { target: canvas },
      point: { x: 100, y: 50 },
    } as unknown as MapMouseEvent)
  }
  return { map, canvas, fire, fireNear, queries }
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

  it('picks the nearest line, not the one drawn on top, where two run close together', () => {
    const { map, fireNear } = standInMap()
    const stop = syncFlowClicks(map, data, useAppStore)
    fireNear('click', [
      {
        id: other.id,
        line: [
          [90, 56],
          [110, 56],
        ],
      },
      {
        id: soviet.id,
        line: [
          [90, 51],
          [110, 51],
        ],
      },
    ])
    expect(useAppStore.getState().selection).toEqual({ kind: 'flow', id: soviet.id })
    stop()
  })

  it('asks the drawn flow lines about a square around the pointer, so thin lines are easy to hit', () => {
    const { map, fire, queries } = standInMap()
    const stop = syncFlowClicks(map, data, useAppStore)
    fire('click')
    const r = HIT_SLOP_PX / 2
    expect(queries.at(-1)).toEqual({
      box: [
        [100 - r, 50 - r],
        [100 + r, 50 + r],
      ],
      layers: [FLOW_LAYER_IDS.lines],
    })
    stop()
    expect(useAppStore.getState().selection).toBeNull()
  })
})
