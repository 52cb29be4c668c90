/** The place marks a legend explains (src/map/place-marker-element.ts draws them). */
export type MarkerStyle = 'headline' | 'other' | 'region' | 'country' | 'muted'

// A neutral grey stands in for the country colour the map gives each place.
const FILL = '#8a8f96'
const RING = 'rgb(0 0 0 / 65%)'

/** Place marker symbols, drawn inline at legend size to match the map's markers. */
export function MarkerSwatch({ style }: { style: MarkerStyle }) {
  return (
    <svg
      className="marker-swatch"
      width="28"
      height="28"
      viewBox="0 0 28 28"
      aria-hidden="true"
      focusable="false"
    >
      {style === 'headline' && (
        <>
          <circle cx="14" cy="14" r="11.5" fill={RING} />
          <circle cx="14" cy="14" r="10" fill="#fff" />
          <circle cx="14" cy="14" r="7" fill={FILL} />
        </>
      )}
      {(style === 'other' || style === 'muted') && (
        <g opacity={style === 'muted' ? 0.4 : 1}>
          <circle cx="14" cy="14" r="7.5" fill={RING} />
          <circle cx="14" cy="14" r="6.5" fill="#fff" />
          <circle cx="14" cy="14" r="4.5" fill={FILL} />
        </g>
      )}
      {style === 'country' && (
        <rect
          x="7"
          y="7"
          width="14"
          height="14"
          rx="2"
          fill={FILL}
          stroke="#4b5058"
          strokeWidth="2"
          strokeDasharray="3 2"
        />
      )}
      {style === 'region' && (
        <circle
          cx="14"
          cy="14"
          r="12"
          fill={FILL}
          fillOpacity="0.22"
          stroke="#4b5058"
          strokeWidth="2"
          strokeDasharray="4 3"
        />
      )}
    </svg>
  )
}
