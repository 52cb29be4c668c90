/**
 * The plugins that turn the app into one HTML file that opens from disk (file://) with no server and
 * no network (vite.offline.config.ts; vite-plugin-singlefile does the inlining itself). What a page
 * opened from disk cannot do, and what each plugin does about it, is in
 * /work/shared/guide/findings-offline.md and README.md ("One file for the room").
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { OFFLINE_FILE_NAME } from '../src/data/shipped-files'
import { EMBEDDED_BRIEFINGS_ID, emptyEmbeddedBriefings } from '../src/data/embedded-briefings'

const ROOT = resolve(import.meta.dirname, '..')
const APP_HTML = join(ROOT, 'index.html')
/** Issue 13: the file must fit on anything and in any mail. Bytes, as `ls` shows them. */
export const MAX_OFFLINE_FILE_BYTES = 3_000_000

/**
 * Puts another module in the place of one of the app's own (by resolved file, however it is imported),
 * so the web build and the file differ only where they must. The replacement may import the module
 * it replaces (for a shared constant): that import is left alone.
 */
export function swapModules(swaps: Record<string, string>): Plugin {
  const table = new Map(
    Object.entries(swaps).map(([from, to]) => [join(ROOT, from), join(ROOT, to)]),
  )
  const replacements = new Set(table.values())
  return {
    name: 'rnk-offline-swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || replacements.has(importer) || source.startsWith('\0')) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      const to = resolved && table.get(resolved.id)
      return to ?? null
    },
  }
}

const VIRTUAL_FILES = 'virtual:rnk-shipped-files'

/**
 * `virtual:rnk-shipped-files`: the text of every data file (data/*.json) and basemap file
 * (public/basemap/*.json, written by `npm run basemap`) by path, as src/offline/shipped-files.ts
 * reads them. Minified (the data files are pretty-printed on disk) and held as strings, which cost
 * less than data: URLs (base64 adds a third) and parse faster than object literals.
 */
export function shippedFiles(): Plugin {
  const folders = [
    { dir: join(ROOT, 'data'), prefix: 'data/' },
    { dir: join(ROOT, 'public', 'basemap'), prefix: 'basemap/' },
  ]
  return {
    name: 'rnk-offline-shipped-files',
    resolveId: (id) => (id === VIRTUAL_FILES ? `\0${VIRTUAL_FILES}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL_FILES}`) return null
      const files: Record<string, string> = {}
      for (const { dir, prefix } of folders) {
        const names = readdirSync(dir).filter((f) => f.endsWith('.json'))
        if (!names.length)
          throw new Error(`${relative(ROOT, dir)}/ has no JSON files (run npm run basemap)`)
        for (const name of names) {
          const path = join(dir, name)
          this.addWatchFile(path)
          files[`${prefix}${name}`] = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')))
        }
      }
      return `export default ${JSON.stringify(files)}`
    },
  }
}

const WORKER_URL = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'

/**
 * MapLibre's worker from inside the page: its source as a string, started from a blob: URL (MapLibre
 * fetches that and starts a module worker from a data: URL on a file:// page, where a module worker
 * from blob: is refused). A string, not a data: URL asset, because base64 would add a third to its
 * 520 KB. The web build keeps the worker as its own file (src/map/create-map.ts).
 */
export function workerInPage(): Plugin {
  return {
    name: 'rnk-offline-worker-in-page',
    enforce: 'pre',
    resolveId: (id) => (id === WORKER_URL ? `\0rnk-worker-url` : null),
    load(id) {
      if (id !== '\0rnk-worker-url') return null
      return [
        `import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw'`,
        `export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))`,
      ].join('\n')
    },
  }
}

/**
 * Only the woff2 font files: every browser that can run the app reads woff2, and the woff fallbacks
 * that @fontsource lists after them would add 140 KB to the file.
 */
export function woff2Only(): Plugin {
  return {
    name: 'rnk-offline-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null
      const out = code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '')
      if (out === code)
        throw new Error(`${id}: no woff fallback found to drop; check the CSS format`)
      return { code: out, map: null }
    },
  }
}

/**
 * The page for the file: index.html without the data preloads (the data is inside), the entry that
 * keeps the page's own source (src/offline/main.ts), the favicon as a data: URL, and an empty block
 * for the person's briefings that "Download offline copy" fills (src/data/embedded-briefings.ts).
 */
export function offlinePage(): Plugin {
  return {
    name: 'rnk-offline-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        if (resolve(ctx.filename) !== APP_HTML) return html
        const favicon = readFileSync(join(ROOT, 'public', 'favicon.svg')).toString('base64')
        const steps: [RegExp, string][] = [
          [/\s*<!--[^]*?-->(?=\s*<link rel="preload")/, ''],
          [/\s*<link rel="preload"[^>]*as="fetch"[^>]*>/g, ''],
          [/href="\.\/favicon\.svg"/, `href="data:image/svg+xml;base64,${favicon}"`],
          [/src="\/src\/main\.tsx"/, 'src="/src/offline/main.ts"'],
          [
            /<div id="root"><\/div>/,
            `<div id="root"></div>\n    <script type="application/json" id="${EMBEDDED_BRIEFINGS_ID}">${emptyEmbeddedBriefings()}</script>`,
          ],
        ]
        let out = html
        for (const [pattern, replacement] of steps) {
          const next = out.replace(pattern, replacement)
          if (next === out && !pattern.global)
            throw new Error(`index.html: ${pattern} matched nothing; the offline page needs it`)
          out = next
        }
        if (/<link rel="preload"/.test(out)) throw new Error('index.html: a preload is left')
        return out
      },
    },
  }
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

/** The file's policy: only its own inline script and style (by hash), workers, data and fonts from itself. */
export function offlinePolicy(scripts: string[], styles: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    // blob: is MapLibre's worker as made in the page; data: is how MapLibre restarts it on file://.
    'worker-src blob: data:',
    // The embedded data files (blob:) and MapLibre's fetch of its worker's blob: URL.
    'connect-src blob: data:',
    // MapLibre's control icons are data: SVGs; the hand-out shows map pictures as blob: URLs.
    'img-src data: blob:',
    'font-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ')
}

/**
 * Runs after vite-plugin-singlefile has inlined everything: checks that nothing outside the file is
 * named, writes the CSP with the hash of each inline script and style, names the file and holds it
 * to its size. A hash over text the browser reads differently (a carriage return, which the HTML
 * parser turns into a line feed) would stop the app, so such text is a build error.
 */
export function offlineFile({ onWritten }: { onWritten?: (path: string) => void } = {}): Plugin {
  let outDir = ''
  return {
    name: 'rnk-offline-file',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const names = Object.keys(bundle)
        const page = bundle['index.html']
        if (!page || page.type !== 'asset' || names.length !== 1)
          throw new Error(`offline build: expected index.html alone, got ${names.join(', ')}`)
        let html = String(page.source)
        const inner = (tag: string) =>
          [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([^]*?)</${tag}>`, 'g'))]
            .filter((m) => !/type="application\/json"/.test(m[1] ?? ''))
            .map((m) => m[2] ?? '')
        const scripts = inner('script')
        const styles = inner('style')
        if (!scripts.length || !styles.length)
          throw new Error('offline build: no inline script or style to hash')
        for (const text of [...scripts, ...styles])
          if (text.includes('\r')) throw new Error('offline build: inline code holds a \\r')
        const external = /<(?:script|link|img)\b[^>]*\s(?:src|href)="(?!data:)[^"]*"/i.exec(html)
        if (external) throw new Error(`offline build: the file still names ${external[0]}`)
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('offline build: no <meta charset>')
        const meta = `<meta http-equiv="Content-Security-Policy" content="${offlinePolicy(scripts, styles)}" />`
        html = html.replace(charset, (c) => `${c}\n    ${meta}`)
        const bytes = Buffer.byteLength(html)
        if (bytes > MAX_OFFLINE_FILE_BYTES)
          throw new Error(
            `offline build: ${OFFLINE_FILE_NAME} is ${bytes.toLocaleString('en')} bytes, over the ${MAX_OFFLINE_FILE_BYTES.toLocaleString('en')} allowed`,
          )
        delete bundle['index.html']
        this.emitFile({ type: 'asset', fileName: OFFLINE_FILE_NAME, source: html })
      },
    },
    closeBundle() {
      onWritten?.(join(outDir, OFFLINE_FILE_NAME))
    },
  }
}
