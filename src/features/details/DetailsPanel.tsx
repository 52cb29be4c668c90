import { useEffect, useRef, useState } from 'react'
import type { Dataset } from '../../data/dataset'
import { useAppStore } from '../../store'
import { Overview } from './Overview'
import { loadedSelectedViews, loadSelectedViews } from './selected-views'
import { useFocusOnSelection } from './use-focus-on-selection'
import './details.css'

/** The right-hand panel: the selected place, event or flow in the article's words, or an overview. */
export function DetailsPanel({ data }: { data: Dataset }) {
  const selection = useAppStore((s) => s.selection)
  const container = useRef<HTMLDivElement>(null)
  const [views, setViews] = useState(loadedSelectedViews)
  const needed = selection !== null && !views
  useEffect(() => {
    if (!needed) return
    let live = true
    void loadSelectedViews().then((v) => live && setViews(v))
    return () => {
      live = false
    }
  }, [needed])
  // Focus waits for the selected item's heading when its panel is still on its way.
  useFocusOnSelection(selection, container, views !== undefined)
  return (
    <div ref={container} className="details-panel">
      <Content data={data} views={views} />
    </div>
  )
}

function Content({
  data,
  views,
}: {
  data: Dataset
  views: ReturnType<typeof loadedSelectedViews>
}) {
  const selection = useAppStore((s) => s.selection)
  const select = useAppStore((s) => s.select)
  if (!selection) return <Overview data={data} />
  if (!views)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    )
  const { PlaceDetails, EventDetails, FlowDetails } = views
  if (selection.kind === 'place') {
    const place = data.placeById.get(selection.id)
    if (place) return <PlaceDetails key={place.id} place={place} data={data} />
  } else if (selection.kind === 'event') {
    const event = data.eventById.get(selection.id)
    if (event) return <EventDetails key={event.id} event={event} data={data} />
  } else {
    const flow = data.flowById.get(selection.id)
    if (flow) return <FlowDetails key={flow.id} flow={flow} data={data} />
  }
  // An id the data does not have (an old link, before the app drops it): say so rather than show nothing.
  return (
    <div className="details">
      <h2 className="details__title" tabIndex={-1}>
        Not in the article’s data
      </h2>
      <p>The selected {selection.kind} is not part of this article’s data.</p>
      <button type="button" className="button" onClick={() => select(null)}>
        Back to overview
      </button>
    </div>
  )
}
