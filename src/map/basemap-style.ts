/**
 * The offline basemap: land, coastline and borders from public/basemap/ (written by
 * scripts/build-basemap.mjs), and the few country and sea names the map prints.
 *
 * The names are not in the style: they are HTML, laid out by the same pass as the place names and flow
 * tags (basemap-names.ts, label-layout.ts), so that no name ever overlaps a place's name or a tag, and
 * one gives way when they would. The style itself needs no glyphs and no fonts.
 */
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl'
import { basemapData } from '../data/shipped-files'

/** Kept here so the legend and the UI use the same colours as the map. */
export const BASEMAP_COLORS = {
  // Land and sea differ by more than taste needs, because projectors wash out pale colours.
  sea: '#c4d3dc',
  land: '#f2eee6',
  coast: '#9fb2bf',
  border: '#a39a8c',
  // Both names pass 4.5:1 on the colour they sit on.
  countryLabel: '#5f5a52',
  seaLabel: '#3f5b72',
} as const

export const BASEMAP_SOURCE_IDS = {
  land: 'basemap-land',
  borders: 'basemap-borders',
} as const

/** Bottom to top; the story's layers go on top. */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  land: 'basemap-land',
  coast: 'basemap-coast',
  borders: 'basemap-borders',
} as const

export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[keyof typeof BASEMAP_LAYER_IDS]

export type BasemapLabel = {
  name: string
  /** [longitude, latitude] where the middle of the name sits. */
  lngLat: readonly [number, number]
  kind: 'country' | 'sea'
  /** Below this zoom the name is not printed: small countries and seas crowd the world view. */
  minZoom: number
}

/** Where each name sits; the label layout leaves a name out wherever the story's own names need the room. */
export const BASEMAP_LABELS: readonly BasemapLabel[] = [
  { name: 'Russia', lngLat: [108, 58.5], kind: 'country', minZoom: 0 },
  { name: 'China', lngLat: [103, 34], kind: 'country', minZoom: 0 },
  { name: 'Mongolia', lngLat: [103.5, 46.6], kind: 'country', minZoom: 2 },
  { name: 'North Korea', lngLat: [127.1, 40.3], kind: 'country', minZoom: 3 },
  { name: 'South Korea', lngLat: [128.1, 36.3], kind: 'country', minZoom: 3 },
  { name: 'Japan', lngLat: [140.6, 38.6], kind: 'country', minZoom: 2 },
  { name: 'Ukraine', lngLat: [31.2, 49.2], kind: 'country', minZoom: 2 },
  { name: 'United States', lngLat: [-99, 39.5], kind: 'country', minZoom: 0 },
  // Both names, because Korea and Japan dispute the name; the map takes no side.
  { name: 'Sea of Japan (East Sea)', lngLat: [134.2, 41], kind: 'sea', minZoom: 3 },
  { name: 'Yellow Sea', lngLat: [122.4, 34.8], kind: 'sea', minZoom: 3 },
  { name: 'Sea of Okhotsk', lngLat: [149.5, 53.5], kind: 'sea', minZoom: 3 },
  { name: 'Pacific Ocean', lngLat: [162, 33], kind: 'sea', minZoom: 1 },
]

const ATTRIBUTION = 'Natural Earth'

function layers(): LayerSpecification[] {
  const ids = BASEMAP_LAYER_IDS
  const sources = BASEMAP_SOURCE_IDS
  const c = BASEMAP_COLORS
  return [
    { id: ids.background, type: 'background', paint: { 'background-color': c.sea } },
    { id: ids.land, type: 'fill', source: sources.land, paint: { 'fill-color': c.land } },
    {
      id: ids.coast,
      type: 'line',
      source: sources.land,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 0.9, 8, 1.2],
      },
    },
    {
      id: ids.borders,
      type: 'line',
      source: sources.borders,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': c.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 4, 0.9, 8, 1.4],
      },
    },
  ]
}

/** The basemap as a MapLibre style. Call it in the browser: source URLs follow the page's base. */
export function basemapStyle(): StyleSpecification {
  // A URL on a web host, the GeoJSON itself in the one-file build (src/data/shipped-files.ts).
  const url = (file: string) => basemapData(file) as GeoJSONSourceSpecification['data']
  return {
    version: 8,
    name: 'Russia-North Korea basemap',
    sources: {
      // maxzoom 8: the data is no finer than 1:50m, so deeper tiles would only cost time.
      [BASEMAP_SOURCE_IDS.land]: {
        type: 'geojson',
        data: url('land.json'),
        maxzoom: 8,
        attribution: ATTRIBUTION,
      },
      [BASEMAP_SOURCE_IDS.borders]: { type: 'geojson', data: url('borders.json'), maxzoom: 8 },
    },
    layers: layers(),
  }
}
