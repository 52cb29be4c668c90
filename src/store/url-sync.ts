/**
 * The only code that reads or writes the address bar. Discrete choices (filters, selection, panel) push
 * a history entry so back and forward step through them; camera moves replace the current entry so
 * panning does not flood the history.
 */
import { parseUrl, serializeUrl, type UrlView } from '../lib/url-state'
import { linkCamera } from './camera-slice'
import { useAppStore, type AppStore } from './index'

/** The briefing stop the address should name: the one showing, or the one a link asked for. */
function briefingOf(s: AppStore): UrlView['briefing'] {
  if (s.presentation) return { id: s.presentation.briefingId, stop: s.presentation.index + 1 }
  if (s.briefingRequest) return { id: s.briefingRequest.briefingId, stop: s.briefingRequest.stop }
  return undefined
}

function currentView(s: AppStore): UrlView {
  const view: UrlView = {
    filters: s.filters,
    selection: s.selection,
    panel: s.panel,
    camera: linkCamera(s),
  }
  const briefing = briefingOf(s)
  if (briefing) view.briefing = briefing
  if (s.presenterWindow) view.presenter = true
  return view
}

/** Puts the view an address names into the store: on page load, and on back and forward. */
function applyAddress(search: string, instantCamera: boolean) {
  const { view, problems } = parseUrl(search)
  const s = useAppStore.getState()
  useAppStore.setState({ presenterWindow: view.presenter === true })
  if (view.briefing) {
    // The stop defines the whole view; features/briefing applies it once the briefing's stops are known.
    s.requestBriefing(view.briefing.id, view.briefing.stop, { instant: instantCamera })
  } else {
    if (s.presentation || s.briefingRequest) s.endBriefing()
    useAppStore.setState({ filters: view.filters, selection: view.selection, panel: view.panel })
    if (view.camera)
      s.requestCamera(
        { kind: 'camera', camera: view.camera },
        { source: 'url', instant: instantCamera },
      )
  }
  if (problems.length)
    s.notify(
      `This link had settings the explorer could not use, so they were ignored: ${problems.join('; ')}.`,
    )
}

/** Reads the address once, then keeps it in step with the store. Returns the teardown. */
export function startUrlSync(win: Window = window): () => void {
  let applying = true
  applyAddress(win.location.search, true)
  applying = false

  const write = (mode: 'push' | 'replace') => {
    if (applying || useAppStore.getState().capturingHandout) return
    const next = serializeUrl(currentView(useAppStore.getState()))
    if (next === win.location.search) return
    const url = `${win.location.pathname}${next}${win.location.hash}`
    if (mode === 'push') win.history.pushState(null, '', url)
    else win.history.replaceState(null, '', url)
  }

  const unsubChoices = useAppStore.subscribe(
    (s) => [s.filters, s.selection, s.panel, JSON.stringify(briefingOf(s) ?? null)] as const,
    () => write('push'),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3] },
  )
  const unsubCamera = useAppStore.subscribe(
    (s) => s.camera,
    () => write('replace'),
  )
  const onPop = () => {
    applying = true
    try {
      applyAddress(win.location.search, true)
    } finally {
      applying = false
    }
  }
  win.addEventListener('popstate', onPop)
  return () => {
    unsubChoices()
    unsubCamera()
    win.removeEventListener('popstate', onPop)
  }
}
