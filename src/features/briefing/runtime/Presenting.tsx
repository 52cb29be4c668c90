import type { Briefing } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import type { BriefingCommand } from './briefing-messages'
import { isAtStop } from '../../../store/stop-view'
import { useAppStore, type AppStore } from '../../../store'
import type { Presentation } from '../../../store/briefing-slice'
import { runCommand } from './commands'
import { openPresenterWindow } from './presenter-window'
import { StopCard } from './StopCard'
import { useBriefingKeys } from './use-briefing-keys'
import './presenting.css'

const atStopOf = (stop: Briefing['stops'][number]) => (s: AppStore) =>
  isAtStop({ filters: s.filters, selection: s.selection, camera: s.camera }, stop)

/**
 * The briefing on screen. In the stop view the page is the map and the stop's card; exploring brings
 * the explorer's panels back under a slim bar. Either way one key or button returns to the stop as
 * defined, and a black screen can be called up at any time.
 */
export function Presenting({
  data,
  briefing,
  presentation: p,
  find,
}: {
  data: Dataset
  briefing: Briefing
  presentation: Presentation
  find: (id: string) => Briefing | undefined
}) {
  const stop = briefing.stops[p.index]
  const atStop = useAppStore(stop ? atStopOf(stop) : () => true)
  const dispatch = (command: BriefingCommand) => runCommand(command, find)
  const digits = useBriefingKeys(true, p.mode === 'explore', dispatch)
  if (!stop) return null
  const progress = `${p.index + 1} / ${p.count}`
  const button = (
    label: string,
    command: BriefingCommand,
    opts: { disabled?: boolean; keys?: string; primary?: boolean } = {},
  ) => (
    <button
      type="button"
      className={`button ${opts.primary ? '' : 'button--quiet'} briefing-button`}
      disabled={opts.disabled}
      aria-keyshortcuts={opts.keys}
      onClick={() => dispatch(command)}
    >
      {label}
    </button>
  )
  const prev = button(
    '← Previous',
    { type: 'prev' },
    { disabled: p.index === 0, keys: 'ArrowLeft PageUp', primary: true },
  )
  const next = button(
    'Next →',
    { type: 'next' },
    { disabled: p.index === p.count - 1, keys: 'ArrowRight PageDown Space', primary: true },
  )
  const back =
    !atStop && button('Return to this stop (R)', { type: 'return' }, { keys: 'R', primary: true })
  const typed = digits && (
    <p className="briefing-typed" role="status">
      Go to stop {digits}… press Enter
    </p>
  )

  return (
    <>
      {p.mode === 'stop' ? (
        <aside
          className="briefing-stage briefing-ui"
          aria-label={`Briefing: ${briefing.title}`}
          data-at-stop={atStop}
        >
          <div className="briefing-stage__scroll">
            <StopCard
              data={data}
              briefingTitle={briefing.title}
              stop={stop}
              focusKey={`${briefing.id}:${p.index}`}
            />
          </div>
          {back && (
            <div className="briefing-stage__away">
              The map has moved away from this stop. {back}
            </div>
          )}
          <nav className="briefing-controls" aria-label="Briefing controls">
            <div className="briefing-controls__main">
              {prev}
              <p className="briefing-progress">
                <span className="visually-hidden">Stop </span>
                <span className="briefing-progress__count">{progress}</span>
                <span className="briefing-progress__bar" aria-hidden="true">
                  <span style={{ width: `${((p.index + 1) / p.count) * 100}%` }} />
                </span>
              </p>
              {next}
            </div>
            <div className="briefing-controls__more">
              {button('Explore (E)', { type: 'explore' }, { keys: 'E' })}
              {button('Black out (B)', { type: 'blackout' }, { keys: 'B' })}
              <button
                type="button"
                className="button button--quiet briefing-button"
                onClick={openPresenterWindow}
              >
                Presenter view
              </button>
              {button('Full screen (F)', { type: 'fullscreen' }, { keys: 'F' })}
              {button('Leave (Esc)', { type: 'leave' }, { keys: 'Escape' })}
            </div>
            {typed}
          </nav>
        </aside>
      ) : (
        <nav
          className="briefing-bar briefing-ui"
          aria-label="Briefing controls"
          data-at-stop={atStop}
        >
          <p className="briefing-bar__where">
            <span className="briefing-bar__label">Exploring · stop {progress}</span> {stop.title}
          </p>
          {back}
          {prev}
          {next}
          {button('Back to the stop view (E)', { type: 'explore' }, { keys: 'E' })}
          {button('Leave (Esc)', { type: 'leave' }, { keys: 'Escape' })}
          {typed}
        </nav>
      )}
      {p.blackout && (
        <div
          className="briefing-blackout"
          onClick={() => dispatch({ type: 'blackout' })}
          aria-hidden="true"
        />
      )}
    </>
  )
}
