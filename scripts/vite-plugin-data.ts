/**
 * Serves the top-level data/ folder at ./data/ in dev and copies its JSON files into the build, so the
 * dataset keeps one home (data/, documented in data/README.md) and stable URLs that a host, a test or
 * the benchmark can swap without rebuilding.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

export function dataFolder(dir = resolve(import.meta.dirname, '..', 'data')): Plugin {
  const jsonFiles = () => readdirSync(dir).filter((f) => f.endsWith('.json'))
  return {
    name: 'rnk-data-folder',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/data\/([a-z0-9-]+\.json)(?:\?.*)?$/.exec(req.url ?? '')
        if (!match?.[1] || !jsonFiles().includes(match[1])) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(readFileSync(join(dir, match[1])))
      })
    },
    generateBundle() {
      for (const file of jsonFiles()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${file}`,
          source: readFileSync(join(dir, file)),
        })
      }
    },
  }
}
