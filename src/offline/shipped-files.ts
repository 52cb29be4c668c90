/**
 * The one-file build's src/data/shipped-files.ts (swapped in by vite.offline.config.ts): the data
 * files and the basemap come from inside the page, so a file:// page that may fetch nothing from
 * disk still has them all. Same exports, checked by the `satisfies` at the end.
 */
// Each file's text, minified, by path ("data/places.json", "basemap/land.json").
import files from 'virtual:rnk-shipped-files'
// The module this one stands in for: only its constant is taken (the swap leaves this import alone).
import { OFFLINE_FILE_NAME } from '../data/shipped-files'
import type * as Web from '../data/shipped-files'
import { PAGE_SOURCE } from './page-source'

export { OFFLINE_FILE_NAME }

export const IS_OFFLINE_FILE = true

function text(path: string): string {
  const t = files[path]
  // The build embeds every file under data/ and public/basemap/, so this is a build mistake.
  if (t === undefined) throw new Error(`${path} is not embedded in this offline file`)
  return t
}

const urls = new Map<string, string>()

/**
 * A blob: URL for the file, made once: fetched like the file on a web host, so the data goes through
 * the same loading and checks (src/data/files.ts). The page's CSP allows `connect-src blob:`.
 */
export function dataFileUrl(path: string): string {
  let url = urls.get(path)
  if (!url) {
    url = URL.createObjectURL(new Blob([text(path)], { type: 'application/json' }))
    urls.set(path, url)
  }
  return url
}

/**
 * The parsed GeoJSON: MapLibre takes it as the source's data and hands it to its worker, which on a
 * file:// page could fetch neither the file nor a blob: URL made here (the worker's origin differs).
 */
export function basemapData(file: string): object {
  return JSON.parse(text(`basemap/${file}`)) as object
}

export async function offlineFileTemplate(): Promise<string> {
  return PAGE_SOURCE
}

/** Everything the module it replaces exports, with types it can stand in for (checked by tsc). */
export default {
  OFFLINE_FILE_NAME,
  IS_OFFLINE_FILE,
  dataFileUrl,
  basemapData,
  offlineFileTemplate,
} satisfies typeof Web
