import { useState } from 'react'
import './update-notice.css'

/** The update notice's words and buttons (UpdateNotice.tsx holds the live region they appear in). */
export default function UpdateMessage({ apply }: { apply: () => Promise<void> }) {
  const [later, setLater] = useState(false)
  const [reloading, setReloading] = useState(false)
  if (later) return null
  return (
    <div className="notice">
      <p>
        A new version of the explorer is available. Reload to use it; your saved briefings stay as
        they are.
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
  )
}
