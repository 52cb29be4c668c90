import { useAppStore } from '../../store'

/** Short notices (e.g. a link with settings we ignored), announced politely and dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  const dismiss = useAppStore((s) => s.dismissNotice)
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.text}</p>
          <button type="button" className="button button--quiet" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
