import { useMemo } from 'react'
import type { Dataset } from '../data/dataset'
import { computeVisible, type Visible } from '../lib/visibility'
import { useAppStore } from './index'

/** What the current filters leave visible; recomputed only when the filters or the data change. */
export function useVisible(data: Dataset): Visible {
  const filters = useAppStore((s) => s.filters)
  return useMemo(() => computeVisible(data, filters), [data, filters])
}
