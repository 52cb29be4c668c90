import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { FlowLineSwatch } from '../../components/FlowLineSwatch'
import { Swatch } from '../../components/Swatch'
import { PHONE_QUERY, useMediaQuery } from '../../components/use-media-query'
import type { Dataset } from '../../data/dataset'
import { LINES_ARE_NOT_ROUTES, LINES_ARE_NOT_ROUTES_SHORT } from '../../lib/labels'
import { emphasisOf } from '../../lib/selection-emphasis'
import { useAppStore } from '../../store'
import { useVisible } from '../../store/use-visible'
import { mapLegendEntries } from '../../components/map-legend-entries'
import { MarkerSwatch } from '../../components/MarkerSwatch'
import './map-legend.css'

/**
 * The legend on the map itself, wherever the map is shown: the kinds of line, the states' colours and
 * the marks that are on the map now, and that a line is not a route. It folds away in the explorer (a
 * choice remembered with the other panels); in the room's view of a stop it is always open. It marks
 * itself as covering the map, so camera fits and labels keep clear of it.
 */
export function MapLegend({ data }: { data: Dataset }) {
  const bodyId = useId()
  const titleId = useId()
  const visible = useVisible(data)
  const [selection, focus] = useAppStore(useShallow((s) => [s.selection, s.focus] as const))
  // On a projector the room's legend is always open; a phone's small map keeps it folded until asked.
  const phone = useMediaQuery(PHONE_QUERY)
  const roomView = useAppStore((s) => s.presentation?.mode === 'stop')
  const presenting = roomView && !phone
  const open = useAppStore((s) => s.panels.legend)
  const toggle = useAppStore((s) => s.togglePanel)
  const entries = mapLegendEntries(data, visible, emphasisOf(data, selection, focus), roomView)
  const shown = presenting || open
  return (
    <section
      className={`map-legend${presenting ? ' map-legend--room' : ''}`}
      aria-labelledby={titleId}
      data-map-obstruction=""
    >
      <h2 id={titleId} className="visually-hidden">
        Map legend
      </h2>
      {!presenting && (
        <button
          type="button"
          className="map-legend__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => toggle('legend')}
        >
          Legend
          <span aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      )}
      <div id={bodyId} className="map-legend__body" hidden={!shown}>
        <ul className="map-legend__list">
          {entries.lines.map((l) => (
            <li key={l.style}>
              <FlowLineSwatch style={l.style} colour="var(--ink)" width={40} />
              {l.label}
            </li>
          ))}
        </ul>
        {entries.colours.length > 0 && (
          <ul
            className="map-legend__list map-legend__list--colours"
            aria-label="Colours: a place’s state, and a line’s sender"
          >
            {entries.colours.map((c) => (
              <li key={c.id}>
                <Swatch colour={c.colour} size={16} />
                {c.name}
              </li>
            ))}
          </ul>
        )}
        {entries.markers.length > 0 && (
          <ul className="map-legend__list">
            {entries.markers.map((m) => (
              <li key={m.style}>
                <MarkerSwatch style={m.style} />
                {m.label}
              </li>
            ))}
          </ul>
        )}
        <p className="map-legend__note">
          {presenting ? LINES_ARE_NOT_ROUTES_SHORT : LINES_ARE_NOT_ROUTES}
        </p>
        {/* In the room's view the map's own small print is hidden: its credits are said here. */}
        {roomView && (
          <p className="map-legend__credits">
            Map: Natural Earth · Source: {data.source.publication}, {data.source.publisher}
          </p>
        )}
      </div>
    </section>
  )
}
