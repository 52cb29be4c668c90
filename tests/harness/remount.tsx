/**
 * Mounts and unmounts the real map component on demand, so the benchmark (scripts/bench/memory.mjs)
 * and the lifecycle test (tests/e2e/hardening/lifecycle.spec.ts) can measure heap growth and WebGL
 * context warnings over repeated remounts. `window.__remount` is the control.
 *
 * The page of its own (index.html beside this file), built only by them, with the project's Vite
 * config (scripts/build-harness.mjs): the explorer's build never contains it. tsc and lint check it
 * against the map component's real props, as they check the app.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css'
import '@fontsource/atkinson-hyperlegible/latin-700.css'
import '../../src/styles/tokens.css'
import '../../src/styles/app.css'
import { Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { Providers } from '../../src/app/providers'
import { fetchDataset } from '../../src/data/dataset'
import MapView from '../../src/map/map-view'

export interface RemountControl {
  /** Mounts a fresh map and resolves once it reports its first idle. */
  mount: () => Promise<void>
  /** Unmounts the map and resolves once its container is gone from the page. */
  unmount: () => Promise<void>
  mounts: () => number
}

/** About the size of the app's map column at 1440 x 900, so each mount draws as many pixels. */
const MAP_STYLE = { position: 'relative', width: 700, height: 500 } as const

function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve()
      if (performance.now() - start > timeoutMs)
        return reject(new Error('remount harness: timed out'))
      requestAnimationFrame(tick)
    }
    tick()
  })
}

export async function startRemountHarness(container: HTMLElement): Promise<RemountControl> {
  const data = await fetchDataset()
  const root = createRoot(container)
  let count = 0
  const render = (show: boolean) =>
    root.render(
      <Providers>
        <main className="map-column" aria-label="Map" style={MAP_STYLE}>
          <Suspense fallback={null}>{show && <MapView key={count} data={data} />}</Suspense>
        </main>
      </Providers>,
    )
  render(false)
  return {
    mount: async () => {
      count += 1
      render(true)
      await waitFor(() => container.querySelector('[data-map-state="idle"]') !== null)
    },
    unmount: async () => {
      render(false)
      await waitFor(() => container.querySelector('[data-map-state]') === null)
    },
    mounts: () => count,
  }
}

const container = document.getElementById('root')
if (!container) throw new Error('the remount harness page has no #root element')
void startRemountHarness(container).then((control) => {
  Object.assign(window, { __remount: control })
})
