/**
 * The hand-out's map images: each stop's view is applied in turn, the map is captured once it has
 * settled, and the person's own view is put back. The address bar does not follow (capturingHandout).
 */
import type { Briefing } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import { stopView } from '../../../store/stop-view'
import { currentMapView, type MapView } from '../../../store/briefing-slice'
import { mapHandle } from '../../../map/map-handle'
import { useAppStore } from '../../../store'
import { composeStopImage } from '../png/draw-map'

export interface CaptureRun {
  /** Object URLs of the images, one per stop (null where the map could not be drawn). */
  done: Promise<(string | null)[] | null>
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
    const out: (string | null)[] = []
    for (const stop of briefing.stops) {
      if (cancelled) return null
      const view = stopView(stop)
      s.applyView(view, { instant: true })
      const snapshot = await mapHandle.capture(
        data.places.map((p) => p.lngLat),
        { settle: true },
      )
      if (cancelled) return null
      const blob = snapshot ? await composeStopImage(data, snapshot, view) : null
      snapshot?.image.close()
      const url = blob ? URL.createObjectURL(blob) : null
      if (url) urls.push(url)
      out.push(url)
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
