/** Whether the filters let an item show, in words (and a mark), never by fading alone. */
export function ShownTag({ shown }: { shown: boolean }) {
  return shown ? (
    <span className="shown-tag shown-tag--on">
      <span aria-hidden="true">● </span>On the map
    </span>
  ) : (
    <span className="shown-tag shown-tag--off">
      <span aria-hidden="true">○ </span>Hidden by filters
    </span>
  )
}
