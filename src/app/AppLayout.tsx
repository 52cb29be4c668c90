import { lazy, Suspense } from 'react'
import type { Dataset } from '../data/dataset'
import { BriefingLayer } from '../features/briefing/BriefingLayer'
import { BriefingMenu } from '../features/briefing/BriefingMenu'
import { DetailsPanel } from '../features/details/DetailsPanel'
import { MapLegend } from '../features/legend/MapLegend'
import { ListPanel } from '../features/list/ListPanel'
import { Notices } from '../features/notices/Notices'
import { useAppStore } from '../store'
import { Loading } from './Loading'
import { MapColumn } from './MapColumn'
import { MapToolbar } from './MapToolbar'
import { SelectionAnnouncer } from './SelectionAnnouncer'
import { SidePanelTabs } from './SidePanelTabs'

const PresenterView = lazy(() => import('../features/briefing/presenter/PresenterView'))
// Behind its tab: not part of the first screen, loaded when first shown. Not the list: it is the map's
// twin, and the map's notice (no WebGL) opens it and moves focus into it at once.
// Folded away by default on the screens people brief on (lib/panel-defaults.ts): the timeline, the
// filters and the full key beside them load when their panel is first opened, not with the first
// screen. The map's toolbar shows the counts meanwhile.
const Timeline = lazy(() =>
  import('../features/timeline/Timeline').then((m) => ({ default: m.Timeline })),
)
const FiltersPanel = lazy(() =>
  import('../features/filters/FiltersPanel').then((m) => ({ default: m.FiltersPanel })),
)
const Legend = lazy(() => import('../features/legend/Legend').then((m) => ({ default: m.Legend })))
const SourcesPanel = lazy(() =>
  import('../features/sources/SourcesPanel').then((m) => ({ default: m.SourcesPanel })),
)

/**
 * The page. Drawn at once, before the data has arrived (`data` undefined): every region keeps the size it
 * will have with the data in it, so nothing moves when the panels fill in (layout shift). The map's
 * code is asked for once the data is drawn (MapColumn), so the first text does not wait for it.
 */
export function AppLayout({ data }: { data: Dataset | undefined }) {
  const panel = useAppStore((s) => s.panel)
  const panels = useAppStore((s) => s.panels)
  // ?presenter=1: this window shows the presenter's notes for a briefing shown in another window.
  const presenterWindow = useAppStore((s) => s.presenterWindow)
  if (presenterWindow)
    return !data ? (
      <Loading />
    ) : (
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading the presenter view…
          </p>
        }
      >
        <PresenterView data={data} />
      </Suspense>
    )
  return (
    <div
      className="layout"
      data-filters={panels.filters ? 'open' : 'closed'}
      data-details={panels.details ? 'open' : 'closed'}
      data-timeline={panels.timeline ? 'open' : 'closed'}
    >
      <a className="skip-link" href="#side-panel">
        Skip to the details panel
      </a>
      <header className="masthead">
        <div className="masthead__text">
          {/* Until the data names the article, a blank line of the same height holds its place. */}
          <h1 className="masthead__title">{data ? data.source.title : '\u00a0'}</h1>
          <p className="masthead__byline">
            {data
              ? `A map of the article · ${data.source.publication}, ${data.source.publisher} · every fact and quotation from it`
              : '\u00a0'}
          </p>
        </div>
        <BriefingMenu data={data} />
      </header>
      <aside
        id="filters-panel"
        className="filters-column"
        aria-label="Filters and key"
        hidden={!panels.filters}
      >
        {data && (
          <>
            {panels.filters && (
              <Suspense fallback={null}>
                <FiltersPanel data={data} />
                <Legend data={data} />
              </Suspense>
            )}
          </>
        )}
      </aside>
      <main className="map-column" aria-label="Map">
        <MapToolbar data={data} />
        <div className="map-frame">
          <MapColumn data={data} />
          {data && <MapLegend data={data} />}
        </div>
        <footer id="timeline-panel" className="timeline-row" hidden={!panels.timeline}>
          {data && panels.timeline && (
            <Suspense fallback={null}>
              <Timeline data={data} />
            </Suspense>
          )}
        </footer>
      </main>
      <section
        id="side-panel"
        className="side-column"
        aria-label="Details"
        tabIndex={-1}
        hidden={!panels.details}
      >
        {/* Beside the tabs, not in the body that comes and goes. Only with the data: it speaks the
            selection changes after it mounts, and a link's own selection, applied while the data
            loads, is not a change to announce. */}
        {data && <SelectionAnnouncer />}
        <SidePanelTabs />
        <div className="side-column__body">
          {!data && <Loading />}
          {data && panel === 'details' && <DetailsPanel data={data} />}
          <Suspense fallback={null}>
            {data && panel === 'sources' && <SourcesPanel data={data} />}
          </Suspense>
          {data && panel === 'list' && <ListPanel data={data} />}
        </div>
      </section>
      <Notices />
      <BriefingLayer data={data} />
    </div>
  )
}
