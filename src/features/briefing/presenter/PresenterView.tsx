import { useEffect } from 'react'
import { paragraphLabel, quoted } from '../../../components/Quote'
import type { Dataset } from '../../../data/dataset'
import type { BriefingCommand } from '../runtime/briefing-messages'
import { CONFIDENCE_LABEL } from '../../../lib/labels'
import { DEFAULT_BRIEFING } from '../BriefingMenu'
import { useCatalogue } from '../runtime/catalogue'
import { useBriefingKeys } from '../runtime/use-briefing-keys'
import { Clock } from './Clock'
import { useRemoteBriefing } from './use-remote-briefing'
import './presenter.css'

/**
 * The presenter's window (?presenter=1), for the laptop screen while the room sees the map: the stop
 * showing, the next one, the speaker notes and a clock. Its keys and buttons drive the room's window;
 * Escape and F stay here (ending the briefing or full screen in the room needs the room's window).
 */
export default function PresenterView({ data }: { data: Dataset }) {
  const catalogue = useCatalogue(data, { write: false })
  const remote = useRemoteBriefing()
  const p = remote.presentation
  const briefing = p ? catalogue.get(p.briefingId) : undefined
  const stop = p && briefing?.stops[p.index]
  const next = p && briefing?.stops[p.index + 1]
  const send = (command: BriefingCommand) => {
    if (command.type !== 'leave' && command.type !== 'fullscreen') remote.send(command)
  }
  const digits = useBriefingKeys(true, false, send)

  useEffect(() => {
    document.title = `Presenter view — ${briefing?.title ?? 'briefing'}`
  }, [briefing])

  const button = (label: string, command: BriefingCommand, disabled = false) => (
    <button
      type="button"
      className="button"
      disabled={disabled || !p}
      onClick={() => send(command)}
    >
      {label}
    </button>
  )

  return (
    <main className="presenter briefing-ui">
      <header className="presenter__head">
        <div>
          <p className="presenter__kicker">Presenter view · only on this screen</p>
          <h1 className="presenter__title">{briefing?.title ?? data.source.title}</h1>
        </div>
        <Clock startedAt={p?.startedAt ?? null} />
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {p && stop
          ? `Stop ${p.index + 1} of ${p.count}: ${stop.title}${p.blackout ? '. The room’s screen is black.' : ''}`
          : ''}
      </p>
      {!remote.supported ? (
        <p className="presenter__waiting" role="alert">
          This browser cannot link two windows (no BroadcastChannel). Present from the explorer’s
          window alone.
        </p>
      ) : !p || !stop ? (
        <section className="presenter__waiting">
          <h2>
            {remote.connected ? 'No briefing is running' : 'Waiting for the explorer’s window'}
          </h2>
          <p>
            Keep the explorer open in another window on the projector and press Present there, or
            start the briefing from here. This window then follows it, and its keys and buttons move
            it.
          </p>
          <button
            type="button"
            className="button"
            onClick={() => remote.send({ type: 'start', briefingId: DEFAULT_BRIEFING, stop: 1 })}
          >
            Start “{catalogue.get(DEFAULT_BRIEFING)?.title ?? 'the briefing'}”
          </button>
        </section>
      ) : (
        <div className="presenter__grid">
          <section className="presenter__now" aria-labelledby="presenter-now">
            <p className="presenter__label">
              Now · stop {p.index + 1} of {p.count}
              {p.blackout && (
                <strong className="presenter__flag"> · the room’s screen is black</strong>
              )}
              {!p.atStop && (
                <strong className="presenter__flag">
                  {' '}
                  · the map has moved away from this stop
                </strong>
              )}
              {p.mode === 'explore' && <strong className="presenter__flag"> · exploring</strong>}
            </p>
            <h2 id="presenter-now" className="presenter__stop-title">
              {stop.title}
            </h2>
            <h3 className="presenter__section">Speaker notes</h3>
            <div className="presenter__notes">
              {stop.notes?.trim() ? stop.notes : <em>No notes for this stop.</em>}
            </div>
            <h3 className="presenter__section">On the room’s screen</h3>
            <ul className="presenter__points">
              {stop.points.map((pt, i) => (
                <li key={i}>{pt}</li>
              ))}
            </ul>
            <ul className="presenter__quotes">
              {stop.quotes.map((q, i) => (
                <li key={i}>
                  {quoted(q.text)}{' '}
                  <span>
                    ({paragraphLabel(q.paragraph)} · {CONFIDENCE_LABEL[q.confidence]})
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section className="presenter__next" aria-labelledby="presenter-next">
            <p className="presenter__label">Next</p>
            {next ? (
              <>
                <h2 id="presenter-next" className="presenter__next-title">
                  {next.title}
                </h2>
                <ul className="presenter__points">
                  {next.points.map((pt, i) => (
                    <li key={i}>{pt}</li>
                  ))}
                </ul>
              </>
            ) : (
              <h2 id="presenter-next" className="presenter__next-title">
                End of the briefing
              </h2>
            )}
          </section>
        </div>
      )}
      <nav className="presenter__controls" aria-label="Briefing controls">
        {button('← Previous', { type: 'prev' }, !p || p.index === 0)}
        {button('Next →', { type: 'next' }, !p || p.index === p.count - 1)}
        {button(p?.blackout ? 'Show the screen (B)' : 'Black out (B)', { type: 'blackout' })}
        {button('Return to the stop (R)', { type: 'return' }, !p || p.atStop)}
        <button
          type="button"
          className="button button--quiet"
          disabled={!p}
          onClick={() => remote.send({ type: 'leave' })}
        >
          End the briefing
        </button>
        {digits && <span className="presenter__typed">Go to stop {digits}… press Enter</span>}
      </nav>
    </main>
  )
}
