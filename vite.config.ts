import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { pwaOptions } from './scripts/pwa-options'
import { contentSecurityPolicy } from './scripts/vite-plugin-csp'
import { dataFolder } from './scripts/vite-plugin-data'

const APP_HTML = resolve(import.meta.dirname, 'index.html')
const MAP_VIEW = resolve(import.meta.dirname, 'src/map/map-view.tsx')

/**
 * Orders and adds the preloads of the built index.html, for what the first view cannot do without and
 * the browser would otherwise find late (measured by `npm run bench`, details.startup):
 * - the lazy map chunk (MapLibre and the map view), the chunks it imports and its CSS: left to the
 *   lazy import alone, they are asked for only after the entry chunk has run, and the map waits;
 *   preloaded, they download and compile alongside the entry chunk;
 * - the data files, preloaded by index.html itself (so the dev server has them too), moved here;
 * - the page's own font faces (woff2; named only inside the CSS, so otherwise fetched once the first
 *   render has laid text out): text first drawn in a fallback face and redrawn in ours changes width,
 *   wraps the masthead differently and moves the whole page (layout shift);
 * The order is the order of need: the page is served over HTTP/1.1, six requests at a time, so a
 * preload late in the list waits for the ones before it, and the map chunk is the longest.
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
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk')
        const map = chunks.find((c) => c.facadeModuleId === MAP_VIEW)
        if (!map) throw new Error('vite.config.ts: no chunk for src/map/map-view.tsx to preload')
        // Its static imports that the entry does not already load (those are in the page already).
        const entryFiles = new Set(
          chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
        )
        const scripts = [map.fileName, ...map.imports].filter((f) => !entryFiles.has(f))
        const css = [...(map.viteMetadata?.importedCss ?? [])]
        const fonts = Object.values(ctx.bundle)
          .filter((a) => a.type === 'asset' && a.fileName.endsWith('.woff2'))
          .map((a) => a.fileName)
        const data: string[] = []
        const rest = html.replace(/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, (tag) => {
          data.push(tag.trim())
          return ''
        })
        const added = [
          ...scripts.map((f) => link(`rel="modulepreload" crossorigin href="./${f}"`)),
          ...css.map((f) => link(`rel="preload" as="style" crossorigin href="./${f}"`)),
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
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
