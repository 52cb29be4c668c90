const SVG_NS = 'http://www.w3.org/2000/svg'

/**
 * A small line-drawn icon for the map's own buttons, square, in the text colour (`currentColor`), with
 * round ends. Hidden from screen readers: the button it sits in carries the name.
 */
export function lineIcon({
  size,
  path,
  strokeWidth,
  className,
}: {
  /** Width and height in px, and the size of the drawing's coordinate space. */
  size: number
  /** SVG path data. */
  path: string
  strokeWidth: number
  className?: string
}): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`)
  svg.setAttribute('width', String(size))
  svg.setAttribute('height', String(size))
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  if (className) svg.classList.add(className)
  const line = document.createElementNS(SVG_NS, 'path')
  line.setAttribute('d', path)
  line.setAttribute('fill', 'none')
  line.setAttribute('stroke', 'currentColor')
  line.setAttribute('stroke-width', String(strokeWidth))
  line.setAttribute('stroke-linecap', 'round')
  line.setAttribute('stroke-linejoin', 'round')
  svg.append(line)
  return svg
}
