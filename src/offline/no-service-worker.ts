/**
 * The offline file's src/app/service-worker.ts (swapped in by vite.offline.config.ts): a page opened
 * from disk has no service worker (browsers allow them on http(s) only) and needs none, since all it
 * needs is inside it.
 */
export function startServiceWorker() {}
