/**
 * A strict Content-Security-Policy written into the built index.html as a <meta> tag, so it holds on
 * any static host, even one whose headers we do not control.
 *
 * Build only (`apply: 'build'`): Vite's dev server injects inline scripts (the client and React's
 * refresh preamble) that this policy would rightly block. `vite preview` serves the build, so the
 * browser tests run under the policy (tests/e2e/hardening/csp.spec.ts).
 *
 * What each directive allows, and why:
 * - scripts and workers only from the page's own origin: no inline script, no eval (zod/mini parses
 *   without compiling code), no blob: worker (MapLibre's worker is its own file, create-map.ts);
 * - data (fetch) only from the page's own origin: the dataset and the basemap ship with the page;
 * - images also from data: (MapLibre's control icons are data: SVGs in its CSS) and blob: (the
 *   briefing hand-out shows map pictures it has just drawn);
 * - styles only from files: React and MapLibre set styles through the CSSOM, which CSP does not limit;
 * - nothing else: no plugins, no frames, no <base> rewriting, no form posts.
 * `frame-ancestors` and reporting cannot be set from a <meta> tag; a host that can send headers
 * should add `frame-ancestors 'none'` itself.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

const APP_HTML = resolve(import.meta.dirname, '..', 'index.html')
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i

/**
 * Only the app's own index.html: the benchmark builds its own pages with this config
 * (scripts/bench/pages.mjs), and they are neither shipped nor written for this policy.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'rnk-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (resolve(ctx.filename) !== APP_HTML) return html
        // Right after the charset, before anything the policy must cover: it applies only to what
        // the browser parses after it. No match is a build error, never a silent build without it.
        if (!CHARSET.test(html))
          throw new Error('index.html: no <meta charset> to put the CSP after')
        const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`
        return html.replace(CHARSET, (charset) => `${charset}\n    ${tag}`)
      },
    },
  }
}
