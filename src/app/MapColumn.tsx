/**
 * The map column's content: the map view once its chunk (MapLibre and the map code) has arrived,
 * "Loading the map…" until then.
 *
 * Not React.lazy with Suspense: React holds back the reveal of suspended content until 300 ms after its
 * fallback was shown (it batches reveals, FALLBACK_THROTTLE_MS:
 * https://github.com/react/react/issues/31819), and the shell shows this fallback at its first render,
 * so the map was made up to 300 ms after its code had arrived (measured by `npm run bench`). Here the
 * import starts when this module is evaluated, in parallel with the data (the built index.html has
 * preloaded the chunk, vite.config.ts), and the view is rendered in the very update that follows.
 */
import { useEffect, useState } from 'react'
import type { Dataset } from '../data/dataset'
import type MapViewComponent from '../map/map-view'
import { ErrorBoundary } from './ErrorBoundary'

type Loaded = { MapView: typeof MapViewComponent } | { error: unknown }

let loaded: Loaded | undefined
const loading: Promise<Loaded> = import('../map/map-view').then(
  (m) => (loaded = { MapView: m.default }),
  (error: unknown) => (loaded = { error }),
)

function MapViewWhenLoaded({ data }: { data: Dataset | undefined }) {
  const [state, setState] = useState(loaded)
  useEffect(() => {
    if (state) return
    let live = true
    void loading.then((l) => live && setState(l))
    return () => {
      live = false
    }
  }, [state])
  // A chunk that failed to load is thrown to the error boundary, as React.lazy would.
  if (state && 'error' in state) throw state.error
  if (!state)
    return (
      <div className="map-placeholder" role="status">
        Loading the map…
      </div>
    )
  return <state.MapView data={data} />
}

export function MapColumn({ data }: { data: Dataset | undefined }) {
  return (
    <ErrorBoundary fallbackTitle="The map could not be shown">
      <MapViewWhenLoaded data={data} />
    </ErrorBoundary>
  )
}
