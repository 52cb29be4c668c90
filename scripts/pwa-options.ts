/**
 * The installable app: a web app manifest and a Workbox service worker written by vite-plugin-pwa
 * (registered by src/app/service-worker.ts). Precached, so the explorer opens with the network off
 * after one visit: the page, every script (the worker's .mjs too), styles, woff2 fonts, the favicon,
 * the data files and the basemap. Not precached: source maps, the woff fallbacks (every browser that
 * runs the app reads woff2) and the offline file (3 MB that only "Download offline copy" needs).
 *
 * `prompt`: a new deployment installs beside the running one and waits until the person chooses to
 * reload (UpdateNotice); until then every file comes from the old precache, so versions never mix.
 * All URLs are relative, so the app works under any sub-path; the worker's scope is its own folder.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa'
import { OFFLINE_FILE_NAME } from '../src/data/shipped-files'

export const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  // Registered from the app's own script (no extra inline or external script for the CSP to allow).
  injectRegister: false,
  manifest: {
    name: 'Russia–North Korea: Closer, but not too close — map explorer',
    short_name: 'Russia–N. Korea map',
    description:
      "A map explorer for the Lowy Institute Interpreter article 'Russia-North Korea: Closer, but not too close'.",
    lang: 'en-GB',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fbf8f3',
    theme_color: '#1d2733',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,woff2,svg,json}'],
    globIgnores: ['**/*.map', OFFLINE_FILE_NAME],
    // The map chunk (about 1.1 MB) is over Workbox's 2 MB default only with room to spare; the
    // limit says how far it may grow before the build warns that a file is left out.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // Any address in the app (filters and selection live in the query string) opens the app itself,
    // offline too; the offline file is a page of its own.
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [new RegExp(`${OFFLINE_FILE_NAME.replace(/\./g, '\\.')}$`)],
    cleanupOutdatedCaches: true,
    // Its own source map would add seconds to every build for a file nobody debugs.
    sourcemap: false,
  },
}
