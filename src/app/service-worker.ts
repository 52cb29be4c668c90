/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that vite-plugin-pwa writes into the build (Workbox, configured in
 * scripts/pwa-options.ts): it precaches the app, the data, the basemap and the fonts, so after one
 * visit the explorer opens with the network off. A new deployment installs beside the running one and
 * waits; the page says so (UpdateNotice) and switches only when the person reloads.
 * Only in the production build (the dev server and the tests' own builds have none); the offline file
 * puts src/offline/no-service-worker.ts in this module's place.
 */
import { registerSW } from 'virtual:pwa-register'
import { announceUpdate } from './update-state'

/** How often an open page asks the host for a new version; a reload also asks. */
const CHECK_EVERY_MS = 60 * 60 * 1000

export function startServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const update = registerSW({
    onNeedRefresh: () => announceUpdate(() => update(true)),
    onRegisteredSW(_url, registration) {
      if (!registration) return
      setInterval(() => {
        // Offline, the check fails; the next one tries again.
        registration.update().catch(() => {})
      }, CHECK_EVERY_MS)
    },
    onRegisterError: (error: unknown) =>
      console.error('The service worker could not be registered:', error),
  })
}
