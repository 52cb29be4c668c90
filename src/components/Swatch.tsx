/** A round colour swatch with a dark hairline so pale colours (Ukraine's yellow) still show on paper. */
export function Swatch({ colour, size = 14 }: { colour: string; size?: number }) {
  const r = size / 2 - 1
  return (
    <svg
      className="swatch"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      <circle
        cx={size / 2}
        cy={size / 2}
        r={r}
        fill={colour}
        stroke="rgb(0 0 0 / 45%)"
        strokeWidth="1"
      />
    </svg>
  )
}
