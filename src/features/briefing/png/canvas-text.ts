/** Text on a 2D canvas: the page's own fonts (served with the page), wrapped to a width. */

export const UI_FONT = '"Atkinson Hyperlegible", system-ui, sans-serif'
export const SERIF_FONT = '"Source Serif 4", Georgia, serif'

/** Canvas text uses a web font only once it has loaded; ask for the faces the pictures use. */
export async function loadCanvasFonts(): Promise<void> {
  if (!document.fonts?.load) return
  await Promise.all(
    [
      `400 16px ${UI_FONT}`,
      `700 16px ${UI_FONT}`,
      `italic 400 16px ${UI_FONT}`,
      `italic 700 16px ${UI_FONT}`,
      `600 16px ${SERIF_FONT}`,
      `italic 400 16px ${SERIF_FONT}`,
    ].map((f) => document.fonts.load(f).catch(() => [])),
  )
}

export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (ctx.measureText(next).width <= maxWidth || !line) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** Draws wrapped text from (x, y) down; returns the y below the last line. */
export function drawWrapped(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number,
  maxLines = Infinity,
): number {
  const lines = wrapText(ctx, text, maxWidth)
  const shown = lines.slice(0, maxLines)
  if (lines.length > maxLines && shown.length)
    shown[shown.length - 1] = `${shown[shown.length - 1]}…`
  shown.forEach((l, i) => ctx.fillText(l, x, y + i * lineHeight))
  return y + shown.length * lineHeight
}
