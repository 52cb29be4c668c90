import { useEffect, useId, useRef, type ReactNode } from 'react'

/**
 * A native modal <dialog>: the browser traps focus, Escape closes it, and focus returns to whatever
 * opened it. Closing by any route calls onClose once the dialog has closed.
 */
export function Modal({
  title,
  onClose,
  children,
}: {
  title: string
  onClose: () => void
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const closeRef = useRef(onClose)
  useEffect(() => {
    closeRef.current = onClose
  })
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (!dialog.open && typeof dialog.showModal === 'function') dialog.showModal()
    const onCloseEvent = () => closeRef.current()
    dialog.addEventListener('close', onCloseEvent)
    return () => {
      dialog.removeEventListener('close', onCloseEvent)
      if (dialog.open) dialog.close()
    }
  }, [])
  return (
    <dialog ref={ref} className="briefing-dialog briefing-ui" aria-labelledby={titleId}>
      <div className="briefing-dialog__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  )
}
