/**
 * Where the files that ship beside the page are found: the data files, the basemap and the offline
 * copy. On a web host they are files next to index.html. The one-file build (vite.offline.config.ts)
 * puts src/offline/shipped-files.ts in this module's place, which hands out the same files from
 * inside the page itself, so nothing is fetched from disk or network there.
 */

/** The single-file build's name, beside index.html on a web host (written by `npm run build`). */
export const OFFLINE_FILE_NAME = 'rnk-map-explorer-offline.html'

/** True only in the single HTML file. */
export const IS_OFFLINE_FILE: boolean = false

/** The URL to fetch a data file (path like "data/places.json") from, under the site's base. */
export function dataFileUrl(path: string, base: string): string {
  return `${base}${path}`
}

/**
 * A basemap file ("land.json") as a GeoJSON source's `data`: an absolute URL, because MapLibre's
 * worker fetches it and the worker has no page to resolve a relative one against. (The one-file build
 * gives the parsed GeoJSON itself.)
 */
export function basemapData(file: string): string | object {
  return new URL(`basemap/${file}`, document.baseURI).href
}

/**
 * The offline file as written by the build, with no briefings of the person's own in it: fetched
 * from the same site (it is not in the service worker's cache, so this needs the network).
 */
export async function offlineFileTemplate(): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${OFFLINE_FILE_NAME}`)
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim())
  return response.text()
}
