/**
 * A journey the article tells in order (Kim's September visits: Vostochny, then Komsomolsk-on-Amur, and
 * Vladivostok too), drawn while a stop shows it: round dots joining the places in the order told. Dots,
 * not a line, and straight from place to place: a sequence, with no route or dates implied (the place
 * markers carry the step numbers, sync-labels.ts).
 */
import type { GeoJSONSource } from 'maplibre-gl'
import type { Feature, LineString } from 'geojson'
import { journeyPlaces } from '../lib/selection-emphasis'
import { EMPTY_LINES, JOURNEY_SOURCE_ID } from './layers'
import { onStyleReset, type SyncModule } from './sync-types'

export const syncJourney: SyncModule = (map, data, store) => {
  const apply = () => {
    if (!style.ready()) return
    const source = map.getSource<GeoJSONSource>(JOURNEY_SOURCE_ID)
    if (!source) return
    const events = store.getState().focus?.journey ?? []
    const coordinates = [...journeyPlaces(data, events).keys()].flatMap((id) => {
      const p = data.placeById.get(id)
      return p ? [[p.lngLat[0], p.lngLat[1]]] : []
    })
    const line: Feature<LineString> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates },
    }
    source.setData(
      coordinates.length > 1 ? { type: 'FeatureCollection', features: [line] } : EMPTY_LINES,
    )
  }
  // The flow layers module adds the source (on every style); draw the journey again after a reset.
  const style = onStyleReset(map, apply)
  const unsubscribe = store.subscribe((s) => s.focus, apply, { fireImmediately: true })
  return () => {
    unsubscribe()
    style.stop()
  }
}
