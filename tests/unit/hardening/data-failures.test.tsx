/**
 * Issue item 3, data that does not arrive: a file that hangs is given up on after a deadline with a
 * message naming it (and its request is cancelled), an unreachable or missing file is told apart from a
 * broken one, and the page says "still loading" before it says anything went wrong.
 * The real-browser side: tests/e2e/hardening/data-failures.spec.ts.
 */
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataProblems } from '../../../src/app/DataProblems'
import { Loading, SLOW_AFTER_MS } from '../../../src/app/Loading'
import { DATA_TIMEOUT_MS, fetchDataset } from '../../../src/data/dataset'
import { DataError, isTransportProblem, type DataProblem } from '../../../src/data/errors'
import type { DataFileName } from '../../../src/data/files'
import { readJson } from '../../support/real-data'

type Answer = 'ok' | 'hang' | 'refused' | 404 | 'not json' | 'bad record'
const signals: AbortSignal[] = []

/** Every file answers normally except those named. */
function serve(answers: Partial<Record<DataFileName, Answer>>) {
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      const name = /data\/([a-z]+)\.json$/.exec(url)?.[1] as DataFileName
      if (init?.signal) signals.push(init.signal)
      const answer = answers[name] ?? 'ok'
      if (answer === 'hang')
        return new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        )
      if (answer === 'refused') return Promise.reject(new TypeError('Failed to fetch'))
      if (answer === 404)
        return Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }))
      if (answer === 'not json') return Promise.resolve(new Response('{"oops"'))
      const json = readJson(name)
      if (answer === 'bad record') (json as Record<string, unknown>[])[0]!.id = 'Not An Id'
      return Promise.resolve(new Response(JSON.stringify(json)))
    }),
  )
}

async function problems(run: Promise<unknown>): Promise<DataProblem[]> {
  try {
    await run
  } catch (e) {
    if (e instanceof DataError) return e.problems
    throw e
  }
  return []
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  signals.length = 0
})

describe('a file that does not arrive', () => {
  it('is given up on after the deadline, named, and its request cancelled', async () => {
    vi.useFakeTimers()
    serve({ events: 'hang' })
    const result = problems(fetchDataset())
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1)
    let settled = false
    void result.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await result).toEqual([
      {
        file: 'data/events.json',
        message: 'did not arrive within 15 seconds (the connection may be slow or interrupted)',
      },
    ])
    expect(signals.length).toBeGreaterThan(0)
    expect(signals.every((s) => s.aborted)).toBe(true)
  })

  it('does not hold up a file that failed for another reason: both are reported', async () => {
    serve({ events: 'hang', flows: 404 })
    const found = await problems(fetchDataset(undefined, { timeoutMs: 50 }))
    expect(found.map((p) => p.file).sort()).toEqual(['data/events.json', 'data/flows.json'])
  })

  it('a cancelled load (the page moved on) is a cancellation, not a data problem', async () => {
    serve({ events: 'hang' })
    const controller = new AbortController()
    const run = fetchDataset(controller.signal)
    controller.abort(new DOMException('gone', 'AbortError'))
    await expect(run).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('getting a file versus what it says', () => {
  it.each<[Answer, boolean]>([
    ['refused', true],
    [404, true],
    ['hang', true],
    ['not json', false],
    ['bad record', false],
  ])('%s: a transport problem? %s', async (answer, transport) => {
    serve({ places: answer })
    const found = await problems(fetchDataset(undefined, { timeoutMs: 50 }))
    expect(found.length).toBeGreaterThan(0)
    expect(found.every(isTransportProblem)).toBe(transport)
  })

  it('an unreachable server gets advice about the connection, a broken file does not', () => {
    const { unmount } = render(
      <DataProblems
        error={new DataError([{ file: 'data/places.json', message: 'could not be reached (x)' }])}
        onRetry={() => {}}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('could not fetch its data files')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    unmount()
    render(
      <DataProblems
        error={
          new DataError([
            { file: 'data/places.json', record: '#1', field: 'id', message: 'must be an id' },
          ])
        }
        onRetry={() => {}}
      />,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('One problem was found')
    expect(screen.getByRole('alert')).not.toHaveTextContent('could not fetch its data files')
  })
})

describe('while loading', () => {
  it('says "still loading" once it takes longer than usual, and how long it will wait', () => {
    vi.useFakeTimers()
    render(<Loading />)
    expect(screen.getByRole('status')).toHaveTextContent("Loading the article's data…")
    expect(screen.getByRole('status')).not.toHaveTextContent('Still loading')
    act(() => vi.advanceTimersByTime(SLOW_AFTER_MS))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Still loading: this is taking longer than usual',
    )
    expect(screen.getByRole('status')).toHaveTextContent('after 15 seconds')
  })
})
