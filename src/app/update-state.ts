/**
 * Whether a newer version of the explorer is waiting to take over, and how to switch to it. Written by
 * the service worker's registration (service-worker.ts, on a web host), read by UpdateNotice. Kept
 * outside the store: it is about the app's files, not what the person is looking at.
 */
type Apply = () => Promise<void>

let apply: Apply | null = null
const listeners = new Set<() => void>()

/** A new version is installed and waits; `update` switches to it and reloads the page. */
export function announceUpdate(update: Apply) {
  apply = update
  for (const l of listeners) l()
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function pendingUpdate(): Apply | null {
  return apply
}
