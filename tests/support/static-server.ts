/**
 * A plain static web host on 127.0.0.1 for the tests that need to control what is deployed and when
 * the host is reachable at all. It serves one folder under a sub-path, as many hosts do, with no
 * caching headers beyond `no-cache`, like a simple host.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
}

export interface StaticHost {
  /** The site's address, ending in the sub-path: http://127.0.0.1:<port>/<subPath>/ */
  url: string
  /** Every path asked for, in order. */
  requests: string[]
  close(): Promise<void>
}

export async function startStaticHost(
  dir: string,
  port: number,
  subPath = 'room',
): Promise<StaticHost> {
  const root = dir
  const requests: string[] = []
  const prefix = `/${subPath}/`
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requests.push(path)
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end()
      return
    }
    let file = normalize(join(root, path.slice(prefix.length) || 'index.html'))
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
