import type { FlowStatus } from '../data/schema'
import { UNREALISED_STATUSES } from '../lib/labels'

/** The three ways a flow line is drawn: it happened or is reported, it is not reported to have (dashed), or it is history (lighter). */
export type LineStyle = 'solid' | 'dashed' | 'historical'

export function lineStyleOf(status: FlowStatus): LineStyle {
  if (UNREALISED_STATUSES.includes(status)) return 'dashed'
  return status === 'historical' ? 'historical' : 'solid'
}

/** A short line with an arrowhead, drawn inline so it scales with the text and needs no image. */
export function FlowLineSwatch({
  style,
  colour = 'currentColor',
  width = 36,
}: {
  style: LineStyle
  colour?: string
  width?: number
}) {
  const end = width - 2
  return (
    <svg
      className="line-swatch"
      width={width}
      height="12"
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="2"
        y1="6"
        x2={end - 6}
        y2="6"
        // Styles, not attributes: presentation attributes do not take CSS variables in every browser
        // (https://github.com/w3c/svgwg/issues/1031).
        style={{ stroke: colour }}
        strokeWidth="3"
        strokeDasharray={style === 'dashed' ? '5 4' : undefined}
        strokeOpacity={style === 'historical' ? 0.5 : 1}
      />
      <path
        d={`M${end - 8} 1.5 L${end} 6 L${end - 8} 10.5 Z`}
        style={{ fill: colour }}
        fillOpacity={style === 'historical' ? 0.5 : 1}
      />
    </svg>
  )
}
