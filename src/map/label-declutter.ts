/**
 * Which place names to hide when names collide (zoomed out, Seoul, Pyongyang and the Korean Peninsula
 * sit on top of each other). Names are kept in rank order, most important first; a name that would
 * cover a kept name or any other place's dot is hidden (its dot and button stay, and the name shows on
 * hover and focus). Pure screen geometry, so it is tested without a map.
 */
import { rectsOverlap, type Rect } from './rect'

export interface LabelBox {
  id: string
  /** Lower is more important; names ranked 0 (selected, headline) are never hidden. */
  rank: number
  dot: Rect
  label: Rect
}

export function labelsToHide(boxes: readonly LabelBox[]): Set<string> {
  const hidden = new Set<string>()
  const kept: Rect[] = []
  for (const box of [...boxes].sort((a, b) => a.rank - b.rank)) {
    const clash =
      kept.some((r) => rectsOverlap(r, box.label)) ||
      boxes.some((other) => other.id !== box.id && rectsOverlap(other.dot, box.label))
    if (clash && box.rank > 0) hidden.add(box.id)
    else kept.push(box.label)
  }
  return hidden
}
