import { mapLegendEntries } from '../../../components/map-legend-entries'
import type { Dataset } from '../../../data/dataset'
import { emphasisOf } from '../../../lib/selection-emphasis'
import { selectionName } from '../../../lib/selection-name'
import { visibleFor } from '../../../lib/visibility'
import { mapHandle } from '../../../map/map-handle'
import { useAppStore } from '../../../store'
import { DONE_TOPIC } from '../../../store/notices-slice'
import { download } from '../download'
import { loadCanvasFonts } from './canvas-text'
import { composeExport } from './compose-export'

export const EXPORT_FILE_NAME = 'russia-north-korea-map.png'

function titleFor(data: Dataset): string {
  const s = useAppStore.getState().selection
  return (s && selectionName(data, s)) ?? data.source.title
}

/** Saves the current view as a 1920x1080 PNG (compose-export.ts), offline, through a download. */
export async function exportMapPng(data: Dataset, title = titleFor(data)) {
  const s = useAppStore.getState()
  const [snapshot] = await Promise.all([
    mapHandle.capture(data.places.map((p) => p.lngLat)),
    loadCanvasFonts(),
  ])
  const canvas = await composeExport(data, snapshot, {
    filters: s.filters,
    selection: s.selection,
    title,
    legend: mapLegendEntries(
      data,
      visibleFor(data, s.filters),
      emphasisOf(data, s.selection, s.focus),
      s.presentation?.mode === 'stop',
      'full',
    ),
  })
  snapshot?.image.close()
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) return s.notify('The map image could not be made in this browser.')
  download(EXPORT_FILE_NAME, blob)
  s.notify(`Saved the map as an image: ${EXPORT_FILE_NAME}.`, DONE_TOPIC)
}
