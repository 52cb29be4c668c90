import { useState, useSyncExternalStore } from 'react'
import { pendingUpdate, subscribeToUpdate } from './update-state'
import './update-notice.css'

/**
 * Says that a new version has been deployed and offers to reload into it. Until then the page keeps
 * running on the files it started with (the service worker serves them all from one version), so
 * old and new never mix. The live region is always there, so the message is announced when it comes.
 */
export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate, () => null)
  const [later, setLater] = useState(false)
  const [reloading, setReloading] = useState(false)
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {apply && !later && (
        <div className="notice">
          <p>
            A new version of the explorer is available. Reload to use it; your saved briefings stay
            as they are.
          </p>
          <div className="update-notice__actions">
            <button
              type="button"
              className="button"
              disabled={reloading}
              onClick={() => {
                setReloading(true)
                void apply()
              }}
            >
              {reloading ? 'Reloading…' : 'Reload now'}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setLater(true)}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
