/**
 * Which flows get a button (a tag on their line), and the points along the line a tag may take: the
 * middle first, then outwards. label-layout.ts picks the first free one, so a tag slides along its line
 * to stay clear of names, chips, controls and other tags.
 */

/**
 * At most this many flows get a button on the map at once. A button is a DOM element that MapLibre moves
 * on every frame and that the layout below places against every other one, so thousands of them (2,000
 * flows in the benchmark's generated data) made each filter change take seconds and stalled the GPU
 * process; and more buttons than this no longer fit a map readably anyway. Every flow is still drawn as
 * a clickable line and listed in the list panel, which is the keyboard route to all of them. The
 * article has 10 flows, far below the cap (a unit test keeps it so), so it never hides one of them.
 */
export const MAX_FLOW_BUTTONS = 40

/** Which flows get a button: the first visible ones, in the data's order, up to the cap. */
export function flowsWithButtons(
  flowIds: readonly string[],
  visible: { has(id: string): boolean },
  max = MAX_FLOW_BUTTONS,
): Set<string> {
  const out = new Set<string>()
  for (const id of flowIds) {
    if (out.size >= max) break
    if (visible.has(id)) out.add(id)
  }
  return out
}

/** Fractions of the line to try, from the middle outwards. */
export function candidateFractions(preferred = 0.5, step = 0.03, min = 0.06, max = 0.94): number[] {
  const out = [preferred]
  for (let k = 1; preferred - k * step >= min || preferred + k * step <= max; k++) {
    if (preferred - k * step >= min) out.push(preferred - k * step)
    if (preferred + k * step <= max) out.push(preferred + k * step)
  }
  return out
}
