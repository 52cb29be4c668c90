/** The briefing's life in the room's window: starting from a request, side effects while it runs, ending. */
import { useEffect, useRef } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import { describeProblem } from '../../../data/errors'
import { isOwnBriefingId } from '../../../data/briefing-schema'
import { sameSelection } from '../../../lib/explorer-view'
import { stopView } from '../../../store/stop-view'
import { useAppStore } from '../../../store'
import { exitFullscreen, isFullscreen, takeOwnFullscreenExit } from '../fullscreen'
import type { Catalogue } from './catalogue'

/** A link, the Present button or the presenter's window asked for a briefing: start it once it is known. */
export function useResolveRequest(catalogue: Catalogue) {
  const request = useAppStore((s) => s.briefingRequest)
  useEffect(() => {
    if (!request || !catalogue.ready) return
    const s = useAppStore.getState()
    const briefing = catalogue.get(request.briefingId)
    if (!briefing) {
      s.endBriefing()
      void exitFullscreen()
      const id = request.briefingId
      const broken = !isOwnBriefingId(id) && catalogue.shippedProblems
      s.notify(
        broken
          ? `The briefing could not be opened: data/briefings.json has problems (${broken.slice(0, 3).map(describeProblem).join('; ')}).`
          : `There is no briefing called "${id}" ${isOwnBriefingId(id) ? 'saved in this browser' : 'in this explorer'}, so none was started.`,
      )
      return
    }
    let index = request.stop - 1
    if (index >= briefing.stops.length) {
      s.notify(
        `“${briefing.title}” has ${briefing.stops.length} stops, so it opened at stop 1 instead of stop ${request.stop}.`,
      )
      index = 0
    }
    s.showStop(briefing, index, { instant: request.instant })
  }, [request, catalogue])
}

/** Clicking something on the map during the stop view brings the panels back so its details show. */
export function useExploreOnSelection(find: (id: string) => Briefing | undefined) {
  const findRef = useRef(find)
  useEffect(() => {
    findRef.current = find
  })
  useEffect(
    () =>
      useAppStore.subscribe(
        (s) => s.selection,
        (selection) => {
          const s = useAppStore.getState()
          const p = s.presentation
          if (!p || p.mode !== 'stop' || s.capturingHandout) return
          const stop = findRef.current(p.briefingId)?.stops[p.index]
          if (stop && !sameSelection(selection, stopView(stop).selection))
            s.setPresentationMode('explore')
        },
      ),
    [],
  )
}

/**
 * Leaving full screen with the browser's own Escape ends the briefing, as a slideshow does; ending the
 * briefing any other way (Leave, the back button) leaves full screen. A briefing deleted while it runs ends.
 */
export function useBriefingEnds(catalogue: Catalogue) {
  useEffect(() => {
    const onChange = () => {
      if (isFullscreen()) return
      const own = takeOwnFullscreenExit()
      const s = useAppStore.getState()
      if (!own && s.presentation) s.endBriefing()
    }
    document.addEventListener('fullscreenchange', onChange)
    const unsubscribe = useAppStore.subscribe(
      (s) => s.presentation === null,
      (ended) => {
        if (!ended) return
        void exitFullscreen()
        // The stop card that had focus is gone: give it back to the control that started the briefing.
        requestAnimationFrame(() => {
          if (document.activeElement === document.body || !document.activeElement)
            document.querySelector<HTMLElement>('.briefing-menu__present')?.focus()
        })
      },
    )
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      unsubscribe()
    }
  }, [])
  const presentation = useAppStore((s) => s.presentation)
  useEffect(() => {
    if (presentation && catalogue.ready && !catalogue.get(presentation.briefingId))
      useAppStore.getState().endBriefing()
  }, [presentation, catalogue])
}

/** html[data-briefing] lets the page's own CSS rearrange around the briefing (presenting.css). */
export function useDocumentMode(mode: string | null) {
  useEffect(() => {
    const root = document.documentElement
    if (mode) root.dataset.briefing = mode
    else delete root.dataset.briefing
    return () => {
      delete root.dataset.briefing
    }
  }, [mode])
}
