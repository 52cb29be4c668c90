import { useCallback, useRef } from 'react'
import type { Briefing } from '../../../data/briefing-schema'
import type { Dataset } from '../../../data/dataset'
import type { BriefingCommand } from './briefing-messages'
import { isAtStop } from '../../../store/stop-view'
import { useAppStore, type AppStore } from '../../../store'
import type { Presentation } from '../../../store/briefing-slice'
import { runCommand } from './commands'
import { openPresenterWindow } from './presenter-window'
import { CardPageHint } from './CardPageHint'
import { StopCard } from './StopCard'
import { useBriefingKeys } from './use-briefing-keys'
import { useSwipe } from './use-swipe'
import './presenting.css'

const atStopOf = (stop: Briefing['stops'][number]) => (s: AppStore) =>
  s.presentation !== null && isAtStop(s, stop, s.presentation.cameraSeq)

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
  const stageRef = useRef<HTMLElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const onSwipe = useCallback((type: 'next' | 'prev') => runCommand({ type }, find), [find])
  useSwipe(stageRef, onSwipe, p.mode === 'stop')
  if (!stop) return null
  const progress = `${p.index + 1} / ${p.count}`
  const button = (
    label: string,
    command: BriefingCommand,
    opts: {
      disabled?: boolean
      keys?: string
      hint?: string
      primary?: boolean
      /** Hidden on touch screens (presenting.css). */
      desktop?: boolean
    } = {},
  ) => (
    <button
      type="button"
      className={`button ${opts.primary ? '' : 'button--quiet'} briefing-button${opts.desktop ? ' briefing-button--desktop' : ''}`}
      disabled={opts.disabled}
      aria-keyshortcuts={opts.keys}
      onClick={() => dispatch(command)}
    >
      {label}
      {/* The key to press, for keyboards and clickers; hidden on touch screens (presenting.css). */}
      {opts.hint && <span className="key-hint"> ({opts.hint})</span>}
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
    !atStop &&
    button('Return to this stop', { type: 'return' }, { keys: 'R', hint: 'R', primary: true })
  const typed = digits && (
    <p className="briefing-typed" role="status">
      Go to stop {digits}… press Enter
    </p>
  )

  return (
    <>
      {p.mode === 'stop' ? (
        <aside
          ref={stageRef}
          className="briefing-stage briefing-ui"
          aria-label={`Briefing: ${briefing.title}`}
          data-at-stop={atStop}
        >
          <div className="briefing-stage__scroll" ref={scrollRef}>
            <StopCard
              data={data}
              briefingTitle={briefing.title}
              stop={stop}
              focusKey={`${briefing.id}:${p.index}`}
            />
          </div>
          <CardPageHint scroller={scrollRef} stopKey={`${briefing.id}:${p.index}`} />
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
              {button('Explore', { type: 'explore' }, { keys: 'E', hint: 'E' })}
              {button('Black out', { type: 'blackout' }, { keys: 'B', hint: 'B' })}
              <button
                type="button"
                className="button button--quiet briefing-button briefing-button--desktop"
                onClick={openPresenterWindow}
              >
                Presenter view
              </button>
              {button(
                'Full screen',
                { type: 'fullscreen' },
                { keys: 'F', hint: 'F', desktop: true },
              )}
              {button('Leave', { type: 'leave' }, { keys: 'Escape', hint: 'Esc' })}
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
          {button('Back to the stop view', { type: 'explore' }, { keys: 'E', hint: 'E' })}
          {button('Leave', { type: 'leave' }, { keys: 'Escape', hint: 'Esc' })}
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
