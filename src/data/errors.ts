/** A problem found in a data file, located precisely enough that someone can open the file and fix it. */
export interface DataProblem {
  file: string
  /** The record's id where it has one, else its position ("#3"); absent for whole-file problems. */
  record?: string
  /** Dotted path inside the record, e.g. "when.date" or "quotes[0].paragraph". */
  field?: string
  message: string
}

export function describeProblem(p: DataProblem): string {
  const where = [p.file, p.record && `record ${p.record}`, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(', ')
  return `${where}: ${p.message}`
}

/** Thrown by the loaders; React Query hands it to the UI, which lists every problem. */
export class DataError extends Error {
  readonly problems: DataProblem[]
  constructor(problems: DataProblem[]) {
    super(problems.map(describeProblem).join('\n'))
    this.name = 'DataError'
    this.problems = problems
  }
}

/**
 * A problem getting a file at all (unreachable, missing, too slow), as opposed to a problem in what it
 * says. The page explains the two differently: the first is fixed by the connection or the server, the
 * second only by correcting the file. Matched on the loaders' own wording (src/data/files.ts and the
 * deadline in dataset.ts); tests/unit/hardening/data-failures.test.ts pins the two together.
 */
export function isTransportProblem(p: DataProblem): boolean {
  return (
    p.record === undefined &&
    p.field === undefined &&
    /^(could not be reached|could not be loaded|did not arrive)/.test(p.message)
  )
}
