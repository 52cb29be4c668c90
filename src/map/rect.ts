/** Screen rectangles in px (y down), as the layouts of buttons and names on the map share them. */
export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}
