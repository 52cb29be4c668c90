import type { Actor } from '../data/schema'
import { actorColour } from '../lib/actor-colours'
import { Swatch } from './Swatch'
import './chips.css'

export interface ActorChipProps {
  actor: Actor
  stateOf: ReadonlyMap<string, string>
  /** People show their role in the article's words ("Russian Defence Minister"). */
  showRole?: boolean
}

/** An actor's name beside a swatch of their state's colour; the name, not the colour, identifies them. */
export function ActorChip({ actor, stateOf, showRole = false }: ActorChipProps) {
  const { fill } = actorColour(actor.id, stateOf)
  return (
    <span className="chip">
      <Swatch colour={fill} />
      <span className="chip__name">{actor.name}</span>
      {showRole && actor.role && <span className="chip__role">{actor.role}</span>}
    </span>
  )
}
