/** Vertical rhythm of the timeline, in rem, shared by the segments so their rows line up. */
import { CELL_REM } from './layout'

export const ERA_REM = 1.7
export const AXIS_REM = 2.7
/** Inner padding of segment A, so a point at its first or last year is not cut in half. */
export const PAD_REM = CELL_REM / 2

export const eraTop = (lane: number) => `${lane * ERA_REM}rem`
export const pointTop = (lanes: number, row: number) => `${lanes * ERA_REM + row * CELL_REM}rem`
export const axisTop = (lanes: number, rows: number) => `${lanes * ERA_REM + rows * CELL_REM}rem`
export const bodyHeight = (lanes: number, rows: number) =>
  `${lanes * ERA_REM + rows * CELL_REM + AXIS_REM}rem`

/** A position across segment A, from a fraction of its width, inside its padding. */
export const acrossA = (fraction: number) =>
  `calc(${PAD_REM}rem + (100% - ${2 * PAD_REM}rem) * ${fraction})`
export const widthA = (fraction: number) => `calc((100% - ${2 * PAD_REM}rem) * ${fraction})`
