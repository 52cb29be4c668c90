import { useId, useState } from 'react'
import type { Dataset } from '../../../data/dataset'
import { addStop, ownBriefingId, replaceBriefing } from './briefing-edit'
import { viewAsStopFields, type ScreenView } from '../../../store/stop-view'
import { mapHandle } from '../../../map/map-handle'
import { emphasisOf } from '../../../lib/selection-emphasis'
import { formatPartialDate } from '../../../lib/dates'
import { selectionName } from '../../../lib/selection-name'
import { useAppStore } from '../../../store'
import { DONE_TOPIC } from '../../../store/notices-slice'
import { quotesFor } from './selection-quotes'

const NEW = '__new__'

function suggestTitle(data: Dataset, view: ScreenView): string {
  const name = view.selection && selectionName(data, view.selection)
  if (name) return name.slice(0, 120)
  const [a, b] = view.filters.years
  return `The map, ${formatPartialDate(String(a))}–${formatPartialDate(String(b))}`
}

/** "Add this view as a stop": the map's position, filters and selection become a stop of your own briefing. */
export function AddStopView({ data, onDone }: { data: Dataset; onDone: () => void }) {
  const saved = useAppStore((s) => s.savedBriefings)
  // The view as it was when the dialog opened: what the person was looking at.
  const [view] = useState<ScreenView>(() => {
    const s = useAppStore.getState()
    const emphasis = emphasisOf(data, s.selection)
    return {
      filters: s.filters,
      selection: s.selection,
      camera: s.camera,
      bounds: mapHandle.visibleBounds(),
      // The selection itself (a place alone, not every flow through it; a flow or an event with the
      // places and flows it joins): kept in frame and at full strength when the stop is shown.
      subject: emphasis.selectedPlace
        ? { places: [emphasis.selectedPlace], flows: [] }
        : { places: [...emphasis.relatedPlaces], flows: [...emphasis.highlightedFlows] },
    }
  })
  const [title, setTitle] = useState(() => suggestTitle(data, view))
  const [target, setTarget] = useState(saved[0]?.id ?? NEW)
  const [newTitle, setNewTitle] = useState('My briefing')
  const quotes = quotesFor(data, view.selection)
  const ids = { title: useId(), target: useId(), newTitle: useId() }

  const submit = () => {
    const s = useAppStore.getState()
    const stop = {
      title: title.trim() || suggestTitle(data, view),
      points: [],
      quotes,
      notes: '',
      ...viewAsStopFields(view),
    }
    const existing = s.savedBriefings.find((b) => b.id === target)
    let briefingTitle: string
    let position: number
    if (existing) {
      const next = addStop(existing, stop)
      s.setSavedBriefings(replaceBriefing(s.savedBriefings, next))
      briefingTitle = next.title
      position = next.stops.length
    } else {
      briefingTitle = newTitle.trim() || 'My briefing'
      const id = ownBriefingId(
        briefingTitle,
        s.savedBriefings.map((b) => b.id),
      )
      s.setSavedBriefings([
        ...s.savedBriefings,
        { id, title: briefingTitle, stops: [{ ...stop, id: 'stop' }] },
      ])
      position = 1
    }
    s.notify(
      `Added “${stop.title}” as stop ${position} of “${briefingTitle}”. Open Briefings… to add points and notes, or to present it.`,
      DONE_TOPIC,
    )
    onDone()
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <p>
        The stop keeps the map’s position, the filters and the selection
        {quotes.length > 0
          ? `, with the ${quotes.length} quotation${quotes.length === 1 ? '' : 's'} of what is selected`
          : ''}
        . You can add points and speaker notes afterwards.
      </p>
      <div className="briefing-field">
        <label htmlFor={ids.title}>Stop title</label>
        <input
          id={ids.title}
          type="text"
          value={title}
          maxLength={120}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="briefing-field">
        <label htmlFor={ids.target}>Add to</label>
        <select id={ids.target} value={target} onChange={(e) => setTarget(e.target.value)}>
          {saved.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title} ({b.stops.length} {b.stops.length === 1 ? 'stop' : 'stops'})
            </option>
          ))}
          <option value={NEW}>A new briefing</option>
        </select>
      </div>
      {target === NEW && (
        <div className="briefing-field">
          <label htmlFor={ids.newTitle}>New briefing’s title</label>
          <input
            id={ids.newTitle}
            type="text"
            value={newTitle}
            maxLength={120}
            onChange={(e) => setNewTitle(e.target.value)}
          />
        </div>
      )}
      <div className="briefing-list__actions">
        <button type="submit" className="button">
          Add stop
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
