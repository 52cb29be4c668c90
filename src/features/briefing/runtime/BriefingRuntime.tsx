/**
 * The briefing in the room's window, loaded by BriefingLayer the first time a briefing, a dialog or
 * the presenter's window asks for it: resolves stop links and the Present button, shows the stop or
 * the exploring bar, keeps the presenter's window in step, and hosts the briefing dialogs and the
 * printable hand-out.
 */
import { lazy, Suspense } from 'react'
import type { Dataset } from '../../../data/dataset'
import { useAppStore } from '../../../store'
import { useCatalogue } from './catalogue'
import {
  useBriefingEnds,
  useDocumentMode,
  useExploreOnSelection,
  useResolveRequest,
} from './lifecycle'
import { Presenting } from './Presenting'
import { useChannelHost } from './use-channel-host'

const BriefingDialogs = lazy(() => import('../editor/BriefingDialogs'))
const Handout = lazy(() => import('../handout/Handout'))

export default function BriefingRuntime({ data }: { data: Dataset }) {
  const catalogue = useCatalogue(data, { write: true })
  useResolveRequest(catalogue)
  useExploreOnSelection(catalogue.get)
  useBriefingEnds(catalogue)
  useChannelHost(catalogue.get)

  const presentation = useAppStore((s) => s.presentation)
  const dialog = useAppStore((s) => s.briefingDialog)
  const handoutId = useAppStore((s) => s.handoutBriefingId)
  const briefing = presentation ? catalogue.get(presentation.briefingId) : undefined
  const handoutBriefing = handoutId ? catalogue.get(handoutId) : undefined
  const capturing = useAppStore((s) => s.capturingHandout)
  useDocumentMode(
    capturing
      ? 'capture'
      : handoutBriefing
        ? 'handout'
        : presentation && briefing
          ? presentation.mode
          : null,
  )

  const stop = presentation && briefing?.stops[presentation.index]
  const announcement =
    !presentation || !stop
      ? ''
      : presentation.blackout
        ? 'Screen blacked out. Press B or full stop to show it again.'
        : `Stop ${presentation.index + 1} of ${presentation.count}: ${stop.title}`

  return (
    <>
      <p
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="briefing-announcer"
      >
        {announcement}
      </p>
      {presentation && briefing && (
        <Presenting
          data={data}
          briefing={briefing}
          presentation={presentation}
          find={catalogue.get}
        />
      )}
      <Suspense fallback={null}>
        {dialog && <BriefingDialogs data={data} catalogue={catalogue} dialog={dialog} />}
        {handoutBriefing && <Handout data={data} briefing={handoutBriefing} />}
      </Suspense>
    </>
  )
}
