/**
 * Adds the flow, flow-end and journey sources, the flows' icons and the story's layers to the current
 * style, each only if missing, so it can run again after a style reload. The story goes on top of the
 * basemap (whose names are HTML, above the canvas).
 */
import type { Map as MaplibreMap } from 'maplibre-gl'
import {
  ARROW_IMAGE_ID,
  END_BAR_IMAGE_ID,
  FLOW_END_SOURCE_ID,
  FLOW_SOURCE_ID,
  flowEndSource,
  flowLayers,
  flowSource,
  JOURNEY_SOURCE_ID,
  journeySource,
  type FlowEnds,
  type FlowFeatures,
} from './layers'
import { arrowIcon, endBarIcon } from './sdf-icons'

/** The icons are drawn at twice their displayed size for sharp edges on high-density screens. */
const ICON_PIXEL_RATIO = 2

export function installFlowLayers(map: MaplibreMap, features: FlowFeatures, ends: FlowEnds) {
  if (!map.hasImage(ARROW_IMAGE_ID))
    map.addImage(ARROW_IMAGE_ID, arrowIcon(), { sdf: true, pixelRatio: ICON_PIXEL_RATIO })
  if (!map.hasImage(END_BAR_IMAGE_ID))
    map.addImage(END_BAR_IMAGE_ID, endBarIcon(), { sdf: true, pixelRatio: ICON_PIXEL_RATIO })
  if (!map.getSource(FLOW_SOURCE_ID)) map.addSource(FLOW_SOURCE_ID, flowSource(features))
  if (!map.getSource(FLOW_END_SOURCE_ID)) map.addSource(FLOW_END_SOURCE_ID, flowEndSource(ends))
  if (!map.getSource(JOURNEY_SOURCE_ID)) map.addSource(JOURNEY_SOURCE_ID, journeySource())
  for (const layer of flowLayers()) if (!map.getLayer(layer.id)) map.addLayer(layer)
}
