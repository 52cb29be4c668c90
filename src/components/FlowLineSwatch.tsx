import type { FlowKind, FlowStatus } from '../data/schema'
import { UNREALISED_STATUSES } from '../lib/labels'

/**
 * The ways a line is drawn on the map (src/map/layers.ts): it happened or is reported (solid, arrow);
 * it is not reported to have (dashed); it ended (a bar closes it); a tie between states (double, no
 * arrow); a journey told in order (dots); kept in loosely by the years (lighter); not part of what
 * is shown (grey).
 */
export type LineStyle = 'solid' | 'dashed' | 'ended' | 'tie' | 'journey' | 'loose' | 'receded'

export function lineStyleOf(status: FlowStatus, kind?: FlowKind): LineStyle {
  if (kind === 'ties') return 'tie'
  if (UNREALISED_STATUSES.includes(status)) return 'dashed'
  return status === 'historical' ? 'ended' : 'solid'
}

/** A short line drawn as the map draws it, inline so it scales with the text and needs no image. */
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
  const ink = style === 'receded' ? '#8a8a8a' : colour
  // Styles, not attributes: presentation attributes do not take CSS variables in every browser
  // (https://github.com/w3c/svgwg/issues/1031).
  const stroke = { stroke: ink }
  const arrow = style === 'solid' || style === 'dashed' || style === 'receded' || style === 'loose'
  return (
    <svg
      className="line-swatch"
      opacity={style === 'loose' ? 0.5 : 1}
      width={width}
      height="14"
      viewBox={`0 0 ${width} 14`}
      aria-hidden="true"
      focusable="false"
    >
      {style === 'tie' ? (
        <>
          <line x1="2" y1="4" x2={end} y2="4" style={stroke} strokeWidth="2" />
          <line x1="2" y1="10" x2={end} y2="10" style={stroke} strokeWidth="2" />
        </>
      ) : style === 'journey' ? (
        <line
          x1="3"
          y1="7"
          x2={end}
          y2="7"
          style={stroke}
          strokeWidth="3.5"
          strokeLinecap="round"
          strokeDasharray="0.1 7"
        />
      ) : (
        <line
          x1="2"
          y1="7"
          x2={arrow ? end - 6 : end - 2}
          y2="7"
          style={stroke}
          strokeWidth="3.5"
          strokeDasharray={style === 'dashed' ? '5 4' : undefined}
        />
      )}
      {arrow && <path d={`M${end - 8} 2 L${end} 7 L${end - 8} 12 Z`} style={{ fill: ink }} />}
      {style === 'ended' && (
        <line x1={end - 1} y1="1" x2={end - 1} y2="13" style={stroke} strokeWidth="3" />
      )}
    </svg>
  )
}
