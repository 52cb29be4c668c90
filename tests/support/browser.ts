/**
 * The real browser for every browser test and the benchmark, with no install step: CHROME_PATH if set,
 * otherwise the Chromium that ships inside the @sparticuz/chromium npm package (unpacked on first use).
 * We pass our own flags, not the package's Lambda defaults (those disable web security).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Flags that give WebGL2 through SwiftShader and keep Chromium from calling outside hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
]

export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  const { default: Chromium } = await import('@sparticuz/chromium')
  return Chromium.executablePath()
}

/** A fresh, throw-away profile so no run sees another's cache or storage. */
export function freshProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'rnk-chromium-'))
}
