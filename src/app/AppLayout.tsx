import { lazy, Suspense } from 'react'
import type { Dataset } from '../data/dataset'
import { BriefingLayer } from '../features/briefing/BriefingLayer'
import { BriefingMenu } from '../features/briefing/BriefingMenu'
import { DetailsPanel } from '../features/details/DetailsPanel'
import { FiltersPanel } from '../features/filters/FiltersPanel'
import { Legend } from '../features/legend/Legend'
import { ListPanel } from '../features/list/ListPanel'
import { Notices } from '../features/notices/Notices'
import { SourcesPanel } from '../features/sources/SourcesPanel'
import { Timeline } from '../features/timeline/Timeline'
import { useAppStore } from '../store'
import { ErrorBoundary } from './ErrorBoundary'
import { SidePanelTabs } from './SidePanelTabs'

// The map and MapLibre are the heaviest part of the page: load them in parallel with the shell.
const MapView = lazy(() => import('../map/map-view'))
const PresenterView = lazy(() => import('../features/briefing/presenter/PresenterView'))

export function AppLayout({ data }: { data: Dataset }) {
  const panel = useAppStore((s) => s.panel)
  // ?presenter=1: this window shows the presenter's notes for a briefing shown in another window.
  const presenterWindow = useAppStore((s) => s.presenterWindow)
  if (presenterWindow)
    return (
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
    <div className="layout">
      <a className="skip-link" href="#side-panel">
        Skip to the details panel
      </a>
      <header className="masthead">
        <div>
          <p className="masthead__kicker">A map of the article</p>
          <h1 className="masthead__title">{data.source.title}</h1>
          <p className="masthead__byline">
            {data.source.publication}, {data.source.publisher} · every fact and quotation from the
            article
          </p>
        </div>
        <BriefingMenu data={data} />
      </header>
      <aside className="filters-column" aria-label="Filters and legend">
        <FiltersPanel data={data} />
        <Legend data={data} />
      </aside>
      <main className="map-column" aria-label="Map">
        <ErrorBoundary fallbackTitle="The map could not be shown">
          <Suspense
            fallback={
              <div className="map-placeholder" role="status">
                Loading the map…
              </div>
            }
          >
            <MapView data={data} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <section id="side-panel" className="side-column" aria-label="Details" tabIndex={-1}>
        <SidePanelTabs />
        <div className="side-column__body">
          {panel === 'details' && <DetailsPanel data={data} />}
          {panel === 'sources' && <SourcesPanel data={data} />}
          {panel === 'list' && <ListPanel data={data} />}
        </div>
      </section>
      <footer className="timeline-row">
        <Timeline data={data} />
      </footer>
      <Notices />
      <BriefingLayer data={data} />
    </div>
  )
}
