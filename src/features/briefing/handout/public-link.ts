/**
 * The hand-out's stop links. A printed link is only worth its ink where a reader can open it: the
 * public address the explorer is published at, set when it is built (VITE_PUBLIC_URL, README.md). The
 * address the presenter happens to be using (a laptop's 127.0.0.1, a file on a stick) is no use on
 * paper, so without a public address the hand-out prints no link at all.
 */
import { stopLinkQuery } from '../../../lib/url-state'

/** A usable public base address: http(s), and not this computer. */
export function publicBase(value: string | undefined): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname)) return null
  url.search = ''
  url.hash = ''
  return url.href
}

const BASE = publicBase(import.meta.env.VITE_PUBLIC_URL as string | undefined)

/** The stop's public link, or null when the explorer has no public address. */
export function publicStopLink(briefingId: string, stop: number, base = BASE): string | null {
  return base ? `${base}${stopLinkQuery(briefingId, stop)}` : null
}
