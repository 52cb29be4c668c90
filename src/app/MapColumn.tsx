/**
 * The map column's content: the map view once its chunk (MapLibre and the map code) has arrived,
 * "Loading the map…" until then.
 *
 * The chunk is asked for as the data's first render is committed (the effect below), not with the
 * page. On a slow link its 300 KB shared the bandwidth with the
 * entry and the data, so the panels' first text waited for the map's bytes; asked for here, the text is
 * painted first and the map downloads right after. On a fast link little changes: the map cannot show
 * the story before the data anyway, and the map chunk's evaluation no longer competes with the entry's
 * and the data's on the main thread (measured by `npm run bench`, README "Performance").
 *
 * Not React.lazy with Suspense: React holds back the reveal of suspended content until 300 ms after its
 * fallback was shown (it batches reveals, FALLBACK_THROTTLE_MS:
 * https://github.com/react/react/issues/31819), and the shell shows this fallback at its first render,
 * so the map was made up to 300 ms after its code had arrived (measured by `npm run bench`). Here the
 * view is rendered in the very update that follows the chunk's arrival.
 */
import { useEffect, useState } from 'react'
import type { Dataset } from '../data/dataset'
import type MapViewComponent from '../map/map-view'
import { ErrorBoundary } from './ErrorBoundary'

type Loaded = { MapView: typeof MapViewComponent } | { error: unknown }

let loaded: Loaded | undefined
let loading: Promise<Loaded> | undefined
const loadMapView = () =>
  (loading ??= import('../map/map-view').then(
    (m) => (loaded = { MapView: m.default }),
    (error: unknown) => (loaded = { error }),
  ))

function MapViewWhenLoaded({ data }: { data: Dataset | undefined }) {
  const [state, setState] = useState(loaded)
  const hasData = data !== undefined
  useEffect(() => {
    if (state || !hasData) return
    let live = true
    void loadMapView().then((l) => live && setState(l))
    return () => {
      live = false
    }
  }, [state, hasData])
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
