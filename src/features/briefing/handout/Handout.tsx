import { useEffect, useRef, useState } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import { isOwnBriefingId } from '../../../data/briefing-schema'
import { useAppStore } from '../../../store'
import { captureStops, type StopPicture } from './capture-stops'
import { HandoutPage } from './HandoutPage'
import { publicStopLink } from './public-link'
import './handout.css'

/**
 * The printable hand-out: one page per stop (print.css makes each an A4 landscape page), shown on
 * screen first so the presenter can check it, then "Print" gives paper or, from the browser's print
 * dialog, a PDF. The map images are taken from the live map before the pages appear.
 */
export default function Handout({ data, briefing }: { data: Dataset; briefing: Briefing }) {
  const [images, setImages] = useState<StopPicture[] | null>(null)
  const [progress, setProgress] = useState(0)
  const printRef = useRef<HTMLButtonElement>(null)
  const close = () => useAppStore.getState().setHandout(null)

  useEffect(() => {
    const run = captureStops(data, briefing, setProgress)
    void run.done.then((out) => {
      if (out) setImages(out)
    })
    return run.cancel
  }, [data, briefing])

  useEffect(() => {
    if (images) printRef.current?.focus()
  }, [images])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div
      className="handout briefing-ui"
      role="region"
      aria-label={`Hand-out: ${briefing.title}`}
      data-ready={images ? 'true' : 'false'}
    >
      <div className="handout__toolbar">
        {images ? (
          <p className="handout__status">
            {briefing.stops.length} pages, one per stop. Print them, or choose “Save as PDF” in the
            print dialog.
          </p>
        ) : (
          <p className="handout__status" role="status">
            Preparing the hand-out: map {Math.min(progress + 1, briefing.stops.length)} of{' '}
            {briefing.stops.length}…
          </p>
        )}
        <button
          type="button"
          className="button"
          ref={printRef}
          disabled={!images}
          onClick={() => window.print()}
        >
          Print or save as PDF
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          Close
        </button>
      </div>
      {images &&
        briefing.stops.map((stop, i) => (
          <HandoutPage
            key={stop.id}
            data={data}
            briefing={briefing}
            stop={stop}
            index={i}
            picture={images[i] ?? null}
            // A stop link only works where the briefing is: your own live in this browser alone.
            link={isOwnBriefingId(briefing.id) ? null : publicStopLink(briefing.id, i + 1)}
          />
        ))}
    </div>
  )
}
