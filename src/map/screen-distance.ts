/** Distances on screen, in CSS pixels: which of several lines a pointer is nearest to. */

export interface ScreenPoint {
  x: number
  y: number
}

/** From `p` to the segment a-b. */
export function distanceToSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): number {
  const dx = b.x - a.x
  const dy = b.y - a.y
  const length2 = dx * dx + dy * dy
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2))
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

/** From `p` to the nearest point of any of the polylines (a single point counts as a line of one). */
export function distanceToLines(
  p: ScreenPoint,
  lines: readonly (readonly ScreenPoint[])[],
): number {
  let best = Infinity
  for (const line of lines) {
    if (line.length === 1) best = Math.min(best, Math.hypot(p.x - line[0]!.x, p.y - line[0]!.y))
    for (let i = 1; i < line.length; i++)
      best = Math.min(best, distanceToSegment(p, line[i - 1]!, line[i]!))
  }
  return best
}

/**
 * The id of the candidate nearest `p`; on a tie, the earlier one (callers list the topmost first).
 * Undefined when there are no candidates with any points.
 */
export function nearestLine(
  p: ScreenPoint,
  candidates: readonly { id: string; lines: readonly (readonly ScreenPoint[])[] }[],
): string | undefined {
  let bestId: string | undefined
  let best = Infinity
  for (const c of candidates) {
    const d = distanceToLines(p, c.lines)
    if (d < best) {
      best = d
      bestId = c.id
    }
  }
  return bestId
}
