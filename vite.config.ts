import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { pwaOptions } from './scripts/pwa-options'
import { contentSecurityPolicy } from './scripts/vite-plugin-csp'
import { dataFolder } from './scripts/vite-plugin-data'

const APP_HTML = resolve(import.meta.dirname, 'index.html')

/**
 * Orders and adds the preloads of the built index.html, for what the first view cannot do without and
 * the browser would otherwise find late (measured by `npm run bench`, details.startup):
 * - the data files, preloaded by index.html itself (so the dev server has them too), moved after the
 *   entry's script and stylesheet;
 * - the page's own font faces (woff2; named only inside the CSS, so otherwise fetched once the first
 *   render has laid text out): text first drawn in a fallback face and redrawn in ours changes width,
 *   wraps the masthead differently and moves the whole page (layout shift).
 * The order is the order of need: the page is served over HTTP/1.1, six requests at a time, so a
 * preload late in the list waits for the ones before it.
 *
 * Not the map chunk (MapLibre and src/map, 300 KB gzip) or its CSS: src/app/MapColumn.tsx asks for
 * them once the data has been rendered. Preloaded, they shared a slow link with the entry and the data,
 * so the first text on screen waited for the map's bytes (Lighthouse mobile: first and largest
 * contentful paint 3.3 and 4.2 s against 1.7 and 2.7 s without, in the same runs).
 * Only the app's index.html: the benchmark's floor page is built with this config too.
 */
function preloadFirstView(): Plugin {
  const link = (attrs: string) => `\n    <link ${attrs} />`
  return {
    name: 'rnk-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (resolve(ctx.filename) !== APP_HTML || !ctx.bundle) return html
        const fonts = Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.fileName.endsWith('.woff2'))
          .map((a) => a.fileName)
        const data: string[] = []
        const rest = html.replace(/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, (tag) => {
          data.push(tag.trim())
          return ''
        })
        const added = [
          ...data.map((tag) => `\n    ${tag}`),
          ...fonts.map((f) =>
            link(`rel="preload" as="font" type="font/woff2" crossorigin href="./${f}"`),
          ),
        ].join('')
        if (!rest.includes('</head>')) throw new Error('vite.config.ts: index.html has no </head>')
        return rest.replace('</head>', `${added}\n  </head>`)
      },
    },
  }
}

/**
 * The first screen in two script files, the entry and the map chunk, instead of seven. Left to itself,
 * rolldown splits off every set of modules that a different set of chunks shares: React's JSX runtime,
 * its own helpers, the store and zod (shared with the lazy briefing chunks) and the map's API (shared
 * with the PNG export and the hand-out) each became a small file that index.html preloaded; on a
 * throttled connection each costs a round trip and a place in the six-requests-at-a-time queue.
 * - `app`: everything the entry imports statically, so the entry chunk is one file;
 * - `map-view`: the rest of src/map and src/lib, which only the map chunk and the lazy features import,
 *   goes with MapLibre into the map chunk. The lazy features load after the first screen, so what they
 *   share with it is there already.
 * Lazy features keep their own chunks. The benchmark's floor pages use this config too: their code is
 * all in their entry, so they stay one file.
 */
const firstScreenChunks = {
  groups: [
    { name: 'app', tags: ['$initial' as const] },
    { name: 'map-view', test: /[\\/]src[\\/](map|lib)[\\/]/ },
  ],
}

export default defineConfig({
  plugins: [
    react(),
    dataFolder(),
    contentSecurityPolicy(),
    preloadFirstView(),
    VitePWA(pwaOptions),
  ],
  // Relative base so the static build works from any sub-path of any static host.
  base: './',
  build: {
    target: 'es2022',
    // The modulepreload polyfill (0.3 KB gzip in the entry) is for browsers without
    // <link rel="modulepreload">: Firefox before 115 and Safari before 17. The first screen preloads no
    // module; the lazy features' imports still work there, their files fetched one after another.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: firstScreenChunks } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
