import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Swatch } from '../../components/Swatch'
import type { Dataset } from '../../data/dataset'
import type { Actor } from '../../data/schema'
import { actorColour } from '../../lib/actor-colours'
import { useAppStore } from '../../store'
import { actorTree } from './filter-helpers'

function ActorCheckbox({
  actor,
  checked,
  implied,
  swatch,
  onToggle,
}: {
  actor: Actor
  checked: boolean
  /** Included because its state is chosen: shown ticked and locked, with the reason. */
  implied: string | null
  swatch?: string
  onToggle: () => void
}) {
  const id = useId()
  const noteId = useId()
  return (
    <div className={`check${implied ? ' check--implied' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked || implied !== null}
        disabled={implied !== null}
        aria-describedby={implied ? noteId : undefined}
        onChange={onToggle}
      />
      <label htmlFor={id}>
        {swatch && <Swatch colour={swatch} />}
        {actor.name}
      </label>
      {implied && (
        <span id={noteId} className="check__note">
          with {implied}
        </span>
      )}
    </div>
  )
}

/** States with their people underneath; choosing a state includes its people. None chosen = everyone. */
export function ActorFilter({ data }: { data: Dataset }) {
  const chosen = useAppStore(useShallow((s) => s.filters.actors))
  const toggleActor = useAppStore((s) => s.toggleActor)
  const setActors = useAppStore((s) => s.setActors)
  const hintId = useId()
  const { groups, unattached } = actorTree(data)
  const isChosen = (id: string) => chosen.includes(id)

  return (
    <fieldset className="filter-group" aria-describedby={hintId}>
      <legend>
        <h3 className="filter-group__title">Actors</h3>
      </legend>
      <p id={hintId} className="filter-group__hint">
        None ticked shows every actor. Ticking a state includes its people.
      </p>
      <p className="filter-group__state">
        {chosen.length === 0
          ? 'Showing all actors'
          : `Showing items involving ${chosen.map((id) => data.actorById.get(id)?.name ?? id).join(', ')}`}
      </p>
      <ul className="actor-tree">
        {groups.map(({ state, members }) => (
          <li key={state.id}>
            <ActorCheckbox
              actor={state}
              checked={isChosen(state.id)}
              implied={null}
              swatch={actorColour(state.id, data.stateOf).fill}
              onToggle={() => toggleActor(state.id)}
            />
            {members.length > 0 && (
              <ul className="actor-tree__members">
                {members.map((m) => (
                  <li key={m.id}>
                    <ActorCheckbox
                      actor={m}
                      checked={isChosen(m.id)}
                      implied={isChosen(state.id) ? state.name : null}
                      onToggle={() => toggleActor(m.id)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {unattached.map((a) => (
          <li key={a.id} className="actor-tree__other">
            <ActorCheckbox
              actor={a}
              checked={isChosen(a.id)}
              implied={null}
              onToggle={() => toggleActor(a.id)}
            />
          </li>
        ))}
      </ul>
      {chosen.length > 0 && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => setActors([])}
        >
          Show all actors
        </button>
      )}
    </fieldset>
  )
}
