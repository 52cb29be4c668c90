import type { StateCreator } from 'zustand'
import { CONFIDENCE, FLOW_KINDS, type Confidence, type FlowKind } from '../data/schema'
import { DEFAULT_FILTERS, YEAR_MAX, YEAR_MIN, type Filters } from '../lib/explorer-view'
import type { AppStore } from './index'

export interface FiltersSlice {
  filters: Filters
  setYears: (years: readonly [number, number]) => void
  setIncludeUndated: (on: boolean) => void
  toggleActor: (id: string) => void
  setActors: (ids: readonly string[]) => void
  toggleFlowKind: (kind: FlowKind) => void
  toggleConfidence: (grade: Confidence) => void
  clearFilters: () => void
}

function toggle<T>(list: readonly T[], item: T, order?: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
  // Keep a canonical order so equal filters serialise to equal URLs.
  return order ? order.filter((x) => next.includes(x)) : next
}

export function clampYears([a, b]: readonly [number, number]): [number, number] {
  const lo = Math.max(YEAR_MIN, Math.min(YEAR_MAX, Math.round(Math.min(a, b))))
  const hi = Math.max(YEAR_MIN, Math.min(YEAR_MAX, Math.round(Math.max(a, b))))
  return [lo, hi]
}

export const createFiltersSlice: StateCreator<
  AppStore,
  [['zustand/subscribeWithSelector', never]],
  [],
  FiltersSlice
> = (set) => ({
  filters: DEFAULT_FILTERS,
  setYears: (years) => set((s) => ({ filters: { ...s.filters, years: clampYears(years) } })),
  setIncludeUndated: (on) => set((s) => ({ filters: { ...s.filters, includeUndated: on } })),
  toggleActor: (id) =>
    set((s) => ({ filters: { ...s.filters, actors: toggle(s.filters.actors, id) } })),
  setActors: (ids) => set((s) => ({ filters: { ...s.filters, actors: [...new Set(ids)] } })),
  toggleFlowKind: (kind) =>
    set((s) => ({
      filters: { ...s.filters, flowKinds: toggle(s.filters.flowKinds, kind, FLOW_KINDS) },
    })),
  toggleConfidence: (grade) =>
    set((s) => ({
      filters: { ...s.filters, confidence: toggle(s.filters.confidence, grade, CONFIDENCE) },
    })),
  clearFilters: () => set({ filters: DEFAULT_FILTERS }),
})
