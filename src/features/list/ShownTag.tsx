/**
 * Whether the filters let an item show, in words (and a mark), never by fading alone. `loose` says why
 * an item the years would not hold by its date is still shown (see `Loose` in lib/visibility.ts): the
 * map draws those lighter, and the words say so here.
 */
export function ShownTag({ shown, loose = null }: { shown: boolean; loose?: string | null }) {
  if (!shown)
    return (
      <span className="shown-tag shown-tag--off">
        <span aria-hidden="true">○ </span>Hidden by filters
      </span>
    )
  if (loose)
    return (
      <span className="shown-tag shown-tag--loose">
        <span aria-hidden="true">◐ </span>On the map, lighter: {loose}
      </span>
    )
  return (
    <span className="shown-tag shown-tag--on">
      <span aria-hidden="true">● </span>On the map
    </span>
  )
}
