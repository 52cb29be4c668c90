import { DataError, describeProblem } from '../data/errors'

/** Shown instead of the explorer when the data cannot be used: every problem, located, and a retry. */
export function DataProblems({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const problems = error instanceof DataError ? error.problems : null
  return (
    <section role="alert" className="data-problems" aria-labelledby="data-problems-title">
      <h2 id="data-problems-title">The article's data could not be loaded</h2>
      {problems ? (
        <>
          <p>
            {problems.length === 1 ? 'One problem was' : `${problems.length} problems were`} found.
            Nothing is shown until the data is correct, so that nothing on screen misrepresents the
            article.
          </p>
          <ul className="data-problems__list">
            {problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{describeProblem(p)}</code>
              </li>
            ))}
          </ul>
          {problems.length > 50 && <p>…and {problems.length - 50} more.</p>}
        </>
      ) : (
        <p>{error instanceof Error ? error.message : String(error)}</p>
      )}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  )
}
