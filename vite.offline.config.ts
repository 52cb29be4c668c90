/**
 * `npm run offline` (and the last step of `npm run build`): the whole explorer as one HTML file that
 * opens from disk with no server and no network. Its own configuration, not a mode of vite.config.ts:
 * the web build's code splitting, preloads and file-based CSP are exactly what a single file cannot
 * have (details in scripts/vite-plugin-offline.ts). Written to offline/ unless --outDir says otherwise;
 * `npm run build` writes it into dist/, beside the app that offers it for download.
 */
import react from '@vitejs/plugin-react'
import { relative } from 'node:path'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import {
  offlineFile,
  offlinePage,
  shippedFiles,
  swapModules,
  woff2Only,
  workerInPage,
} from './scripts/vite-plugin-offline'

export default defineConfig({
  plugins: [
    react(),
    swapModules({
      'src/data/shipped-files.ts': 'src/offline/shipped-files.ts',
      'src/app/service-worker.ts': 'src/offline/no-service-worker.ts',
    }),
    shippedFiles(),
    workerInPage(),
    woff2Only(),
    offlinePage(),
    viteSingleFile(),
    offlineFile({
      // The last line of output: where the file is.
      onWritten: (path) => console.log(`\nOffline file written: ${relative(process.cwd(), path)}`),
    }),
  ],
  base: './',
  // Everything is inside the page; public/ (favicon, basemap) is read by the plugins above.
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'offline',
    // It shares dist/ with the web build when `npm run build` writes it there.
    emptyOutDir: false,
    sourcemap: false,
    // No preload helper or polyfill: there is nothing left to load.
    modulePreload: false,
    reportCompressedSize: false,
    // Rolldown's note on slow plugins would otherwise come after the file's path, the last line.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  logLevel: 'warn',
})
