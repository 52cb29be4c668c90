import { lazy, Suspense, useSyncExternalStore } from 'react'
import { pendingUpdate, subscribeToUpdate } from './update-state'

// Shown only after a new deployment: its words, buttons and styles load then, not with the first screen.
const UpdateMessage = lazy(() => import('./UpdateMessage'))

/**
 * Says that a new version has been deployed and offers to reload into it. Until then the page keeps
 * running on the files it started with (the service worker serves them all from one version), so
 * old and new never mix. The live region is always there, so the message is announced when it comes.
 */
export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null)
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {apply && (
        <Suspense fallback={null}>
          <UpdateMessage apply={apply} />
        </Suspense>
      )}
    </div>
  )
}
