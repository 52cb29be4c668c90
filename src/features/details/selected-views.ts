/**
 * The panels for a selected place, event or flow: not part of the first screen (the overview is), so
 * they are fetched when something is first selected (or a link opens with a selection), and kept.
 * Without Suspense, as the map view is (src/app/MapColumn.tsx): once loaded they render in the same
 * update as the selection, and tests can load them first and render synchronously.
 */
type Views = typeof import('./SelectedDetails')

let views: Views | undefined
let loading: Promise<Views> | undefined

/** The views, if they have arrived. */
export function loadedSelectedViews(): Views | undefined {
  return views
}

/** Fetches the views once; every caller gets the same promise. */
export function loadSelectedViews(): Promise<Views> {
  return (loading ??= import('./SelectedDetails').then((m) => (views = m)))
}
