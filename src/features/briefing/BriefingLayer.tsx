import { lazy, Suspense } from 'react'
import type { Dataset } from '../../data/dataset'

// Presenting, the presenter's window link, dialogs and hand-outs: loaded after the page shell, in
// parallel with the map, so the first paint does not wait for them.
const BriefingRuntime = lazy(() => import('./runtime/BriefingRuntime'))

/** Mounted once inside the page layout: stop links, the Present button and the dialogs all land here. */
export function BriefingLayer({ data }: { data: Dataset }) {
  return (
    <Suspense fallback={null}>
      <BriefingRuntime data={data} />
    </Suspense>
  )
}
