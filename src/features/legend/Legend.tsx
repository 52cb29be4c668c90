import { Fragment, useId } from 'react'
import { ConfidenceBadge } from '../../components/ConfidenceBadge'
import { FlowLineSwatch } from '../../components/FlowLineSwatch'
import { Swatch } from '../../components/Swatch'
import type { Dataset } from '../../data/dataset'
import { CONFIDENCE, FLOW_KINDS, type FlowKind } from '../../data/schema'
import { actorColour } from '../../lib/actor-colours'
import { FLOW_KIND_LABEL } from '../../lib/labels'
import { LINES, MARKERS } from './legend-items'
import { MarkerSwatch } from '../../components/MarkerSwatch'
import './legend.css'

/** The tags the map prints, read from the flows themselves, grouped by kind in the filters' order. */
function tagsByKind(data: Dataset): [FlowKind, string[]][] {
  const byKind = new Map<FlowKind, Set<string>>()
  for (const f of data.flows) byKind.set(f.kind, (byKind.get(f.kind) ?? new Set()).add(f.tag))
  return FLOW_KINDS.flatMap((k) => {
    const tags = byKind.get(k)
    return tags ? [[k, [...tags]]] : []
  })
}

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
        Coloured by the sending (or would-be sending) state. Arrowheads point the way things move or
        would move. Ties between states are relations, not things that move. An arrow at the map’s
        edge (“→ Washington”) points to a place out of view.
      </p>
      <p className="legend__hint">Each line carries a tag in words. The tags, by kind of flow:</p>
      <ul className="legend__list legend__list--tags">
        {tagsByKind(data).map(([kind, tags]) => (
          <li key={kind}>
            <span className="legend__kind">
              {FLOW_KIND_LABEL[kind]}
              <span className="visually-hidden">{': '}</span>
            </span>
            {tags.map((t, i) => (
              <Fragment key={t}>
                <span className="legend__tag">{t}</span>
                {i < tags.length - 1 && <span className="visually-hidden">{', '}</span>}
              </Fragment>
            ))}
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
