import { useId } from 'react'
import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { FlowLineSwatch } from '../../components/FlowLineSwatch'
import { Swatch } from '../../components/Swatch'
import type { Dataset } from '../../data/dataset'
import { CONFIDENCE, FLOW_KINDS } from '../../data/schema'
import { actorColour } from '../../lib/actor-colours'
// The same tags the map prints, from one table, so the key cannot drift from the map.
import { FLOW_KIND_LABEL, FLOW_KIND_TAG } from '../../lib/labels'
import { LINES, MARKERS } from './legend-items'
import { MarkerSwatch } from './MarkerSwatch'
import './legend.css'

/** The map's symbols in words. Every symbol also has a text equivalent in the panels, so this is a key, not the only way in. */
export function Legend({ data }: { data: Dataset }) {
  const headingId = useId()
  const states = data.actors.filter((a) => a.kind === 'state' && !a.state)
  return (
    <section className="legend" aria-labelledby={headingId}>
      <h2 id={headingId} className="legend__title">
        Legend
      </h2>

      <h3 className="legend__group">States</h3>
      <p className="legend__hint">People and the Soviet Union take their state’s colour.</p>
      <ul className="legend__list legend__list--columns">
        {states.map((s) => (
          <li key={s.id}>
            <Swatch colour={actorColour(s.id, data.stateOf).fill} size={16} />
            {s.name}
          </li>
        ))}
      </ul>

      <h3 className="legend__group">Places</h3>
      <p className="legend__hint">Coloured by the country they are in.</p>
      <ul className="legend__list">
        {MARKERS.map((m) => (
          <li key={m.style}>
            <MarkerSwatch style={m.style} />
            {m.label}
          </li>
        ))}
      </ul>

      <h3 className="legend__group">Flows</h3>
      <ul className="legend__list">
        {LINES.map((l) => (
          <li key={l.style}>
            <FlowLineSwatch style={l.style} colour="var(--ink)" width={44} />
            {l.label}
          </li>
        ))}
      </ul>
      <p className="legend__hint">
        Coloured by the sending state. Arrowheads point the way things move. An arrow at the map’s
        edge (“→ Washington”) points to a place out of view.
      </p>
      <p className="legend__hint">Each line carries a tag for what moves:</p>
      <ul className="legend__list legend__list--tags">
        {FLOW_KINDS.map((k) => (
          <li key={k}>
            <span className="legend__tag" aria-hidden="true">
              {FLOW_KIND_TAG[k]}
            </span>
            {FLOW_KIND_LABEL[k]}
          </li>
        ))}
      </ul>

      <h3 className="legend__group">How sure the article is</h3>
      <ul className="legend__list legend__list--badges">
        {CONFIDENCE.map((c) => (
          <li key={c}>
            <ConfidenceBadge confidence={c} showHelp />
          </li>
        ))}
      </ul>
    </section>
  )
}
