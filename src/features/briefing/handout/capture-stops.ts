/**
 * The hand-out's map images: each stop's view is applied in turn, the map is captured once it has
 * settled, and the person's own view is put back. The address bar does not follow (capturingHandout).
 */
import type { Briefing } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import { mapLegendEntries, type MapLegendEntries } from '../../../components/map-legend-entries'
import { emphasisOf } from '../../../lib/selection-emphasis'
import { visibleFor } from '../../../lib/visibility'
import { stopView } from '../../../store/stop-view'
import { currentMapView, type MapView } from '../../../store/briefing-slice'
import { mapHandle } from '../../../map/map-handle'
import { useAppStore } from '../../../store'
import { loadCanvasFonts } from '../png/canvas-text'
import { composeStopImage } from '../png/draw-map'

/** One stop's picture and the legend for what it shows. */
export interface StopPicture {
  /** An object URL of the image; null where the map could not be drawn. */
  url: string | null
  legend: MapLegendEntries
}

export interface CaptureRun {
  /** One picture per stop; null when cancelled. */
  done: Promise<StopPicture[] | null>
  /** Stops the run and puts the view back; safe to call at any time, more than once. */
  cancel: () => void
}

export function captureStops(
  data: Dataset,
  briefing: Briefing,
  onProgress: (n: number) => void,
): CaptureRun {
  let cancelled = false
  let before: MapView | null = null
  const urls: string[] = []
  const restore = () => {
    const s = useAppStore.getState()
    if (before) s.applyView(before, { instant: true })
    before = null
    s.setCapturingHandout(false)
  }
  const done = (async () => {
    const s = useAppStore.getState()
    before = currentMapView(s)
    s.setCapturingHandout(true)
    // Let the page take the capture layout (the map alone, in its frame) before the first picture.
    await mapHandle.fitToContainer()
    await loadCanvasFonts()
    const out: StopPicture[] = []
    for (const stop of briefing.stops) {
      if (cancelled) return null
      const view = stopView(stop)
      s.applyView(view, { instant: true })
      const snapshot = await mapHandle.capture([], { settle: true, print: true })
      if (cancelled) return null
      const blob = snapshot ? await composeStopImage(snapshot) : null
      snapshot?.image.close()
      const url = blob ? URL.createObjectURL(blob) : null
      if (url) urls.push(url)
      // The legend of what this stop's map shows, as the room's legend lists it for the stop.
      const now = useAppStore.getState()
      const legend = mapLegendEntries(
        data,
        visibleFor(data, now.filters),
        emphasisOf(data, now.selection, now.focus),
        true,
        'full',
      )
      out.push({ url, legend })
      onProgress(out.length)
    }
    restore()
    return out
  })()
  return {
    done,
    cancel: () => {
      if (cancelled) return
      cancelled = true
      if (before) restore()
      for (const url of urls) URL.revokeObjectURL(url)
    },
  }
}
