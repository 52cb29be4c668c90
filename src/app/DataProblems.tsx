import { DataError, describeProblem, isTransportProblem } from '../data/errors'

/** Shown instead of the explorer when the data cannot be used: every problem, located, and a retry. */
export function DataProblems({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const problems = error instanceof DataError ? error.problems : null
  // Unreachable, missing or too slow: nothing is wrong with the data, so say what might help instead.
  const transport = problems !== null && problems.every(isTransportProblem)
  return (
    <section role="alert" className="data-problems" aria-labelledby="data-problems-title">
      <h2 id="data-problems-title">The article's data could not be loaded</h2>
      {problems && transport ? (
        <p>
          The explorer could not fetch its data files from the place it was opened from. Check the
          connection (or that the computer serving the explorer is still running), then try again.
          Nothing you chose is lost: the address still holds your view.
        </p>
      ) : problems ? (
        <p>
          {problems.length === 1 ? 'One problem was' : `${problems.length} problems were`} found.
          Nothing is shown until the data is correct, so that nothing on screen misrepresents the
          article.
        </p>
      ) : (
        <p>{error instanceof Error ? error.message : String(error)}</p>
      )}
      {problems && (
        <>
          <ul className="data-problems__list">
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{describeProblem(p)}</code>
              </li>
            ))}
          </ul>
          {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
        </>
      )}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  )
}
