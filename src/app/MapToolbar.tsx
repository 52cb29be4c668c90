import type { Dataset } from '../data/dataset'
import { isDefaultFilters } from '../lib/explorer-view'
import { useAppStore, type PanelName } from '../store'
import { looseNote } from '../lib/visibility-note'
import { useVisible } from '../store/use-visible'

/**
 * The strip along the top of the map: what the filters leave, and a button for each panel that folds
 * away to give the map room (filters, timeline, details). Each says whether its panel is open and which
 * part of the page it controls; the choice is remembered (store/layout-storage.ts).
 */
export function MapToolbar({ data }: { data: Dataset | undefined }) {
  const panels = useAppStore((s) => s.panels)
  const toggle = useAppStore((s) => s.togglePanel)
  const filtered = useAppStore((s) => !isDefaultFilters(s.filters))
  const button = (name: PanelName, label: string, controls: string, extra = '') => (
    <button
      type="button"
      className="map-toolbar__toggle"
      aria-expanded={panels[name]}
      aria-controls={controls}
      onClick={() => toggle(name)}
    >
      {label}
      {extra && (
        <>
          {' '}
          <span className="map-toolbar__badge">{extra}</span>
        </>
      )}
    </button>
  )
  return (
    <div className="map-toolbar" role="group" aria-label="Panels around the map">
      {button('filters', 'Filters', 'filters-panel', filtered ? 'on' : '')}
      {data ? <Counts data={data} /> : <p className="map-toolbar__counts">&nbsp;</p>}
      {button('timeline', 'Timeline', 'timeline-panel')}
      {button('details', 'Details', 'side-panel')}
    </div>
  )
}

function Counts({ data }: { data: Dataset }) {
  const visible = useVisible(data)
  const years = useAppStore((s) => s.filters.years)
  const note = looseNote(visible.loose, years)
  return (
    <p className="map-toolbar__counts">
      {visible.events.size} of {data.events.length} events, {visible.flows.size} of{' '}
      {data.flows.length} flows shown{note && <span className="map-toolbar__note"> · {note}</span>}
    </p>
  )
}
