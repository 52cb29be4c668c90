/**
 * Issue item 5: the Content-Security-Policy plugin. It writes the policy into the app's own index.html
 * at build time only (Vite's dev server needs inline scripts), right after the charset so it covers
 * everything after it, and nowhere else. The policy itself is exercised in a real browser by
 * tests/e2e/hardening/csp.spec.ts.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { IndexHtmlTransformContext } from 'vite'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../scripts/vite-plugin-csp'

const APP_HTML = resolve(import.meta.dirname, '..', '..', '..', 'index.html')
const plugin = contentSecurityPolicy()
const transform = (html: string, filename = APP_HTML) => {
  const hook = plugin.transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string
  }
  return hook.handler(html, { filename, path: '/index.html' } as IndexHtmlTransformContext)
}

describe('the CSP plugin', () => {
  it('runs for builds only: the dev server keeps its inline scripts', () => {
    expect(plugin.apply).toBe('build')
  })

  it('puts the policy right after the charset of the app’s index.html', () => {
    const out = transform(readFileSync(APP_HTML, 'utf8'))
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
    expect(out).toContain(meta)
    expect(out.indexOf(meta)).toBeGreaterThan(out.indexOf('<meta charset'))
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<script'))
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf('<link'))
    // Within the first 1024 bytes, where the charset must be found.
    expect(out.indexOf(meta) + meta.length).toBeLessThan(1024)
  })

  it('is strict: no eval, no inline script, data and workers from the origin only', () => {
    const policy = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/)
        return [name, values.join(' ')]
      }),
    )
    expect(policy).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
    })
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/)
    expect(CONTENT_SECURITY_POLICY).not.toContain('"')
  })

  it('leaves other pages built with this config alone (the benchmark’s own pages)', () => {
    const html = '<!doctype html><html><head><meta charset="UTF-8" /></head></html>'
    expect(transform(html, '/work/elsewhere/index.html')).toBe(html)
  })

  it('fails the build rather than ship the app without its policy', () => {
    expect(() => transform('<html><head></head></html>')).toThrow(/charset/)
  })
})
