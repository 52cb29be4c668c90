/**
 * The items a year filter keeps in loosely (visibility.ts, `Loose`), said in one short sentence: the
 * filters panel shows it under its counts, the list panel in its introduction, and a toolbar can show
 * it as it is. Without it, choosing 2022-2023 seemed to do little: the undated items and the long
 * eras stay, and nothing said why.
 */
import type { Loose } from './visibility'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "2022–2023", or "2023" for a single year. */
export function yearsText(years: readonly [number, number]): string {
  return years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`
}

/**
 * "Includes 9 undated items and 1 era reaching beyond 2022–2023, drawn lighter.", or null when the
 * years keep nothing in loosely. Items are events and flows together, as the map shows them.
 */
export function looseNote(loose: Loose, years: readonly [number, number]): string | null {
  const undated = loose.undated.events + loose.undated.flows
  const runPast = loose.runPast.events + loose.runPast.flows
  const parts: string[] = []
  if (undated > 0) parts.push(count(undated, 'undated item', 'undated items'))
  if (runPast > 0)
    parts.push(`${count(runPast, 'era', 'eras')} reaching beyond ${yearsText(years)}`)
  if (parts.length === 0) return null
  return `Includes ${parts.join(' and ')}, drawn lighter.`
}
