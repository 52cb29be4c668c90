import { useRef } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import { deleteStop, moveStop, replaceBriefing, updateStop } from './briefing-edit'
import { useAppStore } from '../../../store'
import { TextField } from './fields'
import { StopEditor } from './StopEditor'

/** Your own briefing, stop by stop. Every change is saved at once. */
export function EditView({ briefing }: { briefing: Briefing }) {
  const listRef = useRef<HTMLHeadingElement>(null)
  const save = (next: Briefing) => {
    const s = useAppStore.getState()
    s.setSavedBriefings(replaceBriefing(s.savedBriefings, next))
  }
  // Read the latest from the store: two quick edits must not overwrite each other.
  const latest = () =>
    useAppStore.getState().savedBriefings.find((b) => b.id === briefing.id) ?? briefing
  return (
    <>
      <TextField
        label="Briefing title"
        value={briefing.title}
        max={120}
        onCommit={(title) => save({ ...latest(), title })}
      />
      <h3 ref={listRef} tabIndex={-1} className="stop-editor-list__title">
        Stops
      </h3>
      <ol className="stop-editor-list">
        {briefing.stops.map((stop, i) => (
          <li key={stop.id}>
            <StopEditor
              stop={stop}
              position={i + 1}
              count={briefing.stops.length}
              onEdit={(edit) => save(updateStop(latest(), stop.id, edit))}
              onMove={(delta) => save(moveStop(latest(), stop.id, delta))}
              onDelete={() => {
                save(deleteStop(latest(), stop.id))
                listRef.current?.focus()
              }}
            />
          </li>
        ))}
      </ol>
      <div className="briefing-list__actions">
        <button
          type="button"
          className="button"
          onClick={() => useAppStore.getState().setBriefingDialog({ kind: 'manager' })}
        >
          Back to all briefings
        </button>
      </div>
    </>
  )
}
