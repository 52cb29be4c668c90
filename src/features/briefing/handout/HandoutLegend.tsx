import { FlowLineSwatch } from '../../../components/FlowLineSwatch'
import type { MapLegendEntries } from '../../../components/map-legend-entries'
import { MarkerSwatch } from '../../../components/MarkerSwatch'
import { Swatch } from '../../../components/Swatch'
import { LINES_ARE_NOT_ROUTES } from '../../../lib/labels'

/**
 * The printed page's key to its map: only what that map shows (the same entries as the room's legend
 * at that stop), in black, with the line shapes that carry the meaning on paper.
 */
export function HandoutLegend({ entries }: { entries: MapLegendEntries }) {
  return (
    <section className="handout-legend" aria-label="Legend">
      <h3>Legend</h3>
      {entries.lines.length > 0 && (
        <ul className="handout-legend__list">
          {entries.lines.map((l) => (
            <li key={l.style}>
              <FlowLineSwatch style={l.style} colour="#111" width={34} />
              {l.label}
            </li>
          ))}
        </ul>
      )}
      {entries.colours.length > 0 && (
        <ul
          className="handout-legend__list handout-legend__list--colours"
          aria-label="Colours: a place’s state, and a line’s sender"
        >
          {entries.colours.map((c) => (
            <li key={c.id}>
              <Swatch colour={c.colour} size={12} />
              {c.name}
            </li>
          ))}
        </ul>
      )}
      {entries.markers.length > 0 && (
        <ul className="handout-legend__list">
          {entries.markers.map((m) => (
            <li key={m.style}>
              <MarkerSwatch style={m.style} />
              {m.label}
            </li>
          ))}
        </ul>
      )}
      <p className="handout-legend__note">{LINES_ARE_NOT_ROUTES}</p>
    </section>
  )
}
