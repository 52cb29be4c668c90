/**
 * Adds the flow source, the arrow image and the flow layers to the current style, each only if missing,
 * so it can run again after a style reload. Story layers go under the basemap's country names.
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import { arrowIcon } from './arrow-icon'
import { BASEMAP_LAYER_IDS } from './basemap-style'
import { ARROW_IMAGE_ID, FLOW_SOURCE_ID, flowLayers, flowSource, type FlowFeatures } from './layers'

/** The arrow is drawn at twice its displayed size for sharp edges on high-density screens. */
const ARROW_PIXEL_RATIO = 2

export function installFlowLayers(map: MaplibreMap, features: FlowFeatures) {
  if (!map.hasImage(ARROW_IMAGE_ID)) {
    map.addImage(ARROW_IMAGE_ID, arrowIcon(), { sdf: true, pixelRatio: ARROW_PIXEL_RATIO })
  }
  if (!map.getSource(FLOW_SOURCE_ID)) map.addSource(FLOW_SOURCE_ID, flowSource(features))
  const before = map.getLayer(BASEMAP_LAYER_IDS.countryLabels)
    ? BASEMAP_LAYER_IDS.countryLabels
    : undefined
  for (const layer of flowLayers()) {
    if (!map.getLayer(layer.id)) map.addLayer(layer, before)
  }
}
