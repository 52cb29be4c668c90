/**
 * The offline basemap: land, coastline and borders from public/basemap/ (written by
 * scripts/build-basemap.mjs) and a few country and sea names.
 *
 * The style has no `glyphs` URL, so MapLibre draws label text with the page's own fonts through a
 * canvas. Atkinson Hyperlegible is loaded by the page's CSS (src/main.tsx); MapLibre waits for
 * `document.fonts.load` before drawing, so nothing is fetched from outside the site.
 */
import type {
  FilterSpecification,
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
  labelHalo: 'rgba(242, 238, 230, 0.85)',
  seaLabelHalo: 'rgba(196, 211, 220, 0.85)',
} as const

export const BASEMAP_SOURCE_IDS = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  labels: 'basemap-labels',
} as const

/**
 * Bottom to top. Add story layers with `beforeId: BASEMAP_LAYER_IDS.seaLabels` to keep every name
 * readable above them.
 */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  land: 'basemap-land',
  coast: 'basemap-coast',
  borders: 'basemap-borders',
  seaLabels: 'basemap-sea-labels',
  countryLabels: 'basemap-country-labels',
} as const

export type BasemapLayerId = (typeof BASEMAP_LAYER_IDS)[keyof typeof BASEMAP_LAYER_IDS]

export type BasemapLabel = {
  name: string
  /** [longitude, latitude] where the middle of the name sits. */
  lngLat: readonly [number, number]
  kind: 'country' | 'sea'
  /**
   * Below this zoom the name is hidden: small countries and seas crowd the world view. A whole
   * number, because MapLibre evaluates zoom in a filter at whole zoom levels only
   * (https://maplibre.org/maplibre-style-spec/layers/#filter).
   */
  minZoom: number
}

/**
 * Names are placed clear of the story's places (Pyongyang, Seoul, Tokyo, Beijing, Vostochny,
 * Komsomolsk-on-Amur, Vladivostok), whose own markers carry their labels.
 */
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

/**
 * MapLibre reads the weight from the first name ("Bold" = 700) and hands the whole list to the
 * canvas as CSS families; no face is called "... Bold", so the browser takes the page's
 * Atkinson Hyperlegible 700 face (src/main.tsx loads it). How MapLibre reads weights from names:
 * https://github.com/maplibre/maplibre-gl-js/issues/8293
 */
const COUNTRY_FONT = ['Atkinson Hyperlegible Bold', 'Atkinson Hyperlegible']
const SEA_FONT = ['Atkinson Hyperlegible']

const ATTRIBUTION = 'Natural Earth'

/** Inline rather than a file: a dozen points, and the app may want the same list. */
function labelSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: {
      type: 'FeatureCollection',
      features: BASEMAP_LABELS.map(({ name, lngLat, kind, minZoom }) => ({
        type: 'Feature',
        properties: { name, kind, minZoom },
        geometry: { type: 'Point', coordinates: [lngLat[0], lngLat[1]] },
      })),
    },
  }
}

/** Labels of one kind, each from its own minZoom on (hidden ones then take no room from the rest). */
const labelsOf = (kind: BasemapLabel['kind']): FilterSpecification => [
  'all',
  ['==', ['get', 'kind'], kind],
  ['>=', ['zoom'], ['get', 'minZoom']],
]

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
    {
      id: ids.seaLabels,
      type: 'symbol',
      source: sources.labels,
      filter: labelsOf('sea'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': SEA_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 13, 4, 16, 7, 19],
        'text-letter-spacing': 0.06,
        'text-line-height': 1.2,
        // Narrow enough that "Sea of Japan (East Sea)" keeps to the sea between Korea and Japan.
        'text-max-width': 8,
      },
      paint: {
        'text-color': c.seaLabel,
        'text-halo-color': c.seaLabelHalo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: ids.countryLabels,
      type: 'symbol',
      source: sources.labels,
      filter: labelsOf('country'),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': COUNTRY_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 12, 4, 16, 7, 20],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-line-height': 1.1,
        // Narrow enough that two-word names stack and fit inside the Koreas.
        'text-max-width': 6,
      },
      paint: {
        'text-color': c.countryLabel,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.5,
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
      [BASEMAP_SOURCE_IDS.labels]: labelSource(),
    },
    layers: layers(),
  }
}
