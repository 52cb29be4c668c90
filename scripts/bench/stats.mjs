/** Small statistics for timings: medians, not means (software WebGL has long tails). */
export function median(xs) {
  // Infinity (a run that never finished) is kept: it counts as slower than any finished run.
  const s = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}

export const round = (x, digits = 0) =>
  x === null || x === undefined ? null : Number(Number(x).toFixed(digits))
