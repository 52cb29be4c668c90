import type { Dataset } from '../data/dataset'
import { visibleFor, type Visible } from '../lib/visibility'
import { useAppStore } from './index'

/** What the current filters leave visible; computed once per filter change for the whole page. */
export function useVisible(data: Dataset): Visible {
  const filters = useAppStore((s) => s.filters)
  return visibleFor(data, filters)
}
