/**
 * The offline file as a person gets it: copied out of the build into a folder of its own (a USB stick,
 * a mail attachment saved to Downloads), where nothing sits beside it, and opened from disk.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const OFFLINE_FILE = 'rnk-map-explorer-offline.html'
export const BUILT_FILE = resolve(import.meta.dirname, '..', '..', '..', 'dist', OFFLINE_FILE)

/** A copy of `file` (by default the built one) alone in a new folder; its file:// URL. */
export function fileOnItsOwn(file = BUILT_FILE): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`)
  const dir = mkdtempSync(join(tmpdir(), 'rnk-usb-stick-'))
  const copy = join(dir, OFFLINE_FILE)
  copyFileSync(file, copy)
  return pathToFileURL(copy).href
}

/**
 * Fails every request that is not for the file itself or a data:/blob: URL made in it, as with the
 * network off and nothing else on disk; returns what was asked for, to assert it stays empty.
 */
export async function cutOffEverythingElse(context: BrowserContext, fileUrl: string) {
  const refused: string[] = []
  const allowed = (url: string) =>
    url.startsWith('data:') || url.startsWith('blob:') || url.split(/[?#]/)[0] === fileUrl
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (allowed(url)) return route.continue()
    refused.push(url)
    return route.abort('internetdisconnected')
  })
  // Routing does not see every request (a worker's own, for one): the request log does.
  context.on('request', (request) => {
    const url = request.url()
    if (!allowed(url) && !refused.includes(url)) refused.push(url)
  })
  return refused
}

/** Console messages that mean something was refused or broke: CSP violations, map errors. */
export function watchForTrouble(page: Page): string[] {
  const trouble: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') trouble.push(m.text())
  })
  page.on('pageerror', (e) => trouble.push(`uncaught: ${e.message}`))
  return trouble
}
