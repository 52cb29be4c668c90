import { useState } from 'react'
import { isOwnBriefingId, type Briefing } from '../../../data/briefing-schema'
import { describeProblem, type DataProblem } from '../../../data/errors'
import { briefingFileName, copyAsOwn } from './briefing-edit'
import { exportBriefing } from '../../../data/briefing-format'
import { useAppStore } from '../../../store'
import { download } from '../download'
import { enterFullscreen, FULLSCREEN_REFUSED } from '../fullscreen'
import type { Catalogue } from '../runtime/catalogue'
import { importBriefingFile } from './import-briefing'
import { saveOfflineCopy } from './offline-copy'

type Message =
  { ok: true; text: string } | { ok: false; text: string; problems: readonly DataProblem[] }

/** Every briefing, with what can be done to each; import a file. */
export function ManagerView({ catalogue }: { catalogue: Catalogue }) {
  const saved = useAppStore((s) => s.savedBriefings)
  const [message, setMessage] = useState<Message | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const s = useAppStore.getState

  const present = (b: Briefing) => {
    s().setBriefingDialog(null)
    void enterFullscreen().then((ok) => {
      if (!ok) s().notify(FULLSCREEN_REFUSED)
    })
    s().requestBriefing(b.id, 1)
  }
  const print = (b: Briefing) => {
    s().setBriefingDialog(null)
    s().setHandout(b.id)
  }
  const exportFile = (b: Briefing) =>
    download(briefingFileName(b), new Blob([exportBriefing(b)], { type: 'application/json' }))
  const copy = (b: Briefing) => {
    const own = copyAsOwn(
      b,
      catalogue.list.map((x) => x.id),
      `${b.title} (my copy)`.slice(0, 120),
    )
    s().setSavedBriefings([...saved, own])
    s().setBriefingDialog({ kind: 'edit', briefingId: own.id })
  }
  const remove = (b: Briefing) => {
    s().setSavedBriefings(saved.filter((x) => x.id !== b.id))
    setConfirming(null)
    setMessage({ ok: true, text: `Deleted “${b.title}”.` })
  }
  // Yours: saved in this browser, and (in the offline file) the ones it carries.
  const own = catalogue.list.filter((b) => isOwnBriefingId(b.id))
  const offlineCopy = async () => {
    setMessage({ ok: true, text: 'Making the offline copy…' })
    try {
      await saveOfflineCopy(own)
      setMessage({
        ok: true,
        text: `Saved the offline copy${own.length === 0 ? '' : own.length === 1 ? ' with your briefing in it' : ` with your ${own.length} briefings in it`}. Open the file in a browser, from any folder or a USB stick: it needs no network.`,
      })
    } catch (error) {
      setMessage({
        ok: false,
        text: `The offline copy could not be made (${error instanceof Error ? error.message : String(error)}). It comes from the site the explorer is served from: try again when this computer is online.`,
        problems: [],
      })
    }
  }
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    if (!catalogue.context)
      return setMessage({
        ok: false,
        text: 'The article’s data is still loading; try again in a moment.',
        problems: [],
      })
    const result = await importBriefingFile(file, catalogue.context, s().savedBriefings)
    if (!result.ok)
      return setMessage({
        ok: false,
        text: `“${file.name}” was not imported, and nothing was changed:`,
        problems: result.problems,
      })
    s().setSavedBriefings([...s().savedBriefings, result.briefing])
    setMessage({
      ok: true,
      text: `Imported “${result.briefing.title}” (${result.briefing.stops.length} stops).`,
    })
  }

  return (
    <>
      <p>
        Present a briefing to a room, print its hand-out, or build your own from views of the map
        with “Add this view as a stop”. Your own briefings are saved in this browser; export them to
        keep or share them.
      </p>
      {catalogue.shippedProblems && (
        <div role="alert" className="briefing-problems">
          <p>The briefing that ships with the explorer could not be used:</p>
          <ul>
            {catalogue.shippedProblems.slice(0, 10).map((p, i) => (
              <li key={i}>
                <code>{describeProblem(p)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Busy until the shipped and the saved briefings have both been read: the list may grow. */}
      <ul className="briefing-list" aria-busy={!catalogue.ready}>
        {catalogue.list.map((b) => {
          const shipped = catalogue.isShipped(b.id)
          return (
            <li key={b.id} className="briefing-list__item">
              <h3>{b.title}</h3>
              <p className="briefing-list__meta">
                {b.stops.length} {b.stops.length === 1 ? 'stop' : 'stops'} ·{' '}
                {!shipped
                  ? 'yours, saved in this browser'
                  : isOwnBriefingId(b.id)
                    ? 'yours, carried in this offline file'
                    : 'ships with the explorer'}
              </p>
              <div className="briefing-list__actions" role="group" aria-label={b.title}>
                <button type="button" className="button" onClick={() => present(b)}>
                  Present
                </button>
                <button type="button" className="button button--quiet" onClick={() => print(b)}>
                  Print hand-out
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => exportFile(b)}
                >
                  Export file
                </button>
                {shipped ? (
                  <button type="button" className="button button--quiet" onClick={() => copy(b)}>
                    Copy to edit
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => s().setBriefingDialog({ kind: 'edit', briefingId: b.id })}
                    >
                      Edit
                    </button>
                    {confirming === b.id ? (
                      <>
                        <button
                          type="button"
                          className="button briefing-danger"
                          onClick={() => remove(b)}
                        >
                          Delete “{b.title}” for good
                        </button>
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() => setConfirming(null)}
                        >
                          Keep it
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setConfirming(b.id)}
                      >
                        Delete…
                      </button>
                    )}
                  </>
                )}
              </div>
            </li>
          )
        })}
      </ul>
      <div className="briefing-import">
        <label className="button button--quiet briefing-import__label">
          Import a briefing file…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            // A file is checked against the article's data and the shipped briefing, which may still
            // be arriving when the dialog first opens (seen on a slow machine): wait for them here
            // rather than refuse the file with "try again".
            disabled={!catalogue.context}
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
      </div>
      <div className="briefing-offline">
        <button type="button" className="button button--quiet" onClick={() => void offlineCopy()}>
          Download offline copy
        </button>
        <p className="briefing-list__meta">
          The whole explorer as one HTML file, with the article’s data and{' '}
          {own.length ? 'your own briefings' : 'the shipped briefing'} in it, to present with no
          network or server: from a USB stick, or sent as one attachment.
        </p>
      </div>
      <div className="briefing-message" aria-live="polite">
        {message &&
          (message.ok ? (
            <p role="status">{message.text}</p>
          ) : (
            <div role="alert" className="briefing-problems">
              <p>{message.text}</p>
              <ul>
                {message.problems.slice(0, 12).map((p, i) => (
                  <li key={i}>
                    <code>{describeProblem(p)}</code>
                  </li>
                ))}
              </ul>
              {message.problems.length > 12 && <p>…and {message.problems.length - 12} more.</p>}
            </div>
          ))}
      </div>
    </>
  )
}
