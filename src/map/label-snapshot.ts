/**
 * What the map prints as HTML (place dots and names, flow tags, country and sea names, edge chips),
 * read back from the page as plain boxes and styles, so a picture of the map (the PNG export, the
 * hand-out) can draw exactly what the screen shows, where the label layout put it. The WebGL canvas
 * holds only the basemap and the lines; without these the picture loses every word.
 *
 * Everything is in CSS pixels from the map container's top left, in the order the page stacks it
 * (country names under tags, tags under places, edge chips on top).
 */

export type PrintedKind = 'basemap-name' | 'flow-tag' | 'place-dot' | 'place-name' | 'edge-chip'

/** A ring drawn outside a box: a CSS box-shadow with no offset and no blur. */
export interface Ring {
  colour: string
  spread: number
}

export interface PrintedPiece {
  kind: PrintedKind
  /** The words as shown (text-transform applied); empty for a dot without a number. */
  text: string
  left: number
  top: number
  width: number
  height: number
  /** A canvas font: "700 24px \"Atkinson Hyperlegible\", sans-serif". */
  font: string
  letterSpacing: number
  colour: string
  /** Transparent when the box has no fill. */
  background: string
  borderWidth: number
  borderColour: string
  borderStyle: string
  radius: number
  rings: Ring[]
  /** A text halo (the country and sea names' text-shadow), or null. */
  halo: string | null
  /** Opacity of the piece and its marker, multiplied. */
  opacity: number
  /** A CSS filter to draw it through ("grayscale(1)"), or null. */
  filter: string | null
  /** Sea names wrap: the box's inner width the words are laid out in. */
  wrapWidth: number | null
  /** Where the words sit (an edge chip's name beside its arrow); the whole box otherwise. */
  textBox: Box
  /** An edge chip's arrow: its box and the angle it points, in degrees clockwise from east. */
  arrow: (Box & { angle: number }) | null
}

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

const SELECTOR = [
  '.basemap-name',
  '.flow-marker',
  '.place-marker__dot',
  '.place-marker__label',
  '.edge-marker',
].join(',')

const KIND: [string, PrintedKind][] = [
  ['basemap-name', 'basemap-name'],
  ['flow-marker', 'flow-tag'],
  ['place-marker__dot', 'place-dot'],
  ['place-marker__label', 'place-name'],
  ['edge-marker', 'edge-chip'],
]
const ORDER: PrintedKind[] = ['basemap-name', 'flow-tag', 'place-dot', 'place-name', 'edge-chip']

/** Splits a computed list ("a, rgb(1, 2, 3) 0px ...") at the commas outside parentheses. */
function splitTop(value: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) {
      out.push(value.slice(start, i).trim())
      start = i + 1
    }
  }
  out.push(value.slice(start).trim())
  return out.filter(Boolean)
}

/** The rings of a computed box-shadow: only the spread-only shadows (offsets and blur 0). */
export function ringsOf(boxShadow: string): Ring[] {
  if (!boxShadow || boxShadow === 'none') return []
  return splitTop(boxShadow).flatMap((part) => {
    const colour = part.match(/^(rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+)/i)?.[0]
    const lengths = part
      .replace(colour ?? '', '')
      .trim()
      .split(/\s+/)
      .map((n) => parseFloat(n))
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths
    return colour && x === 0 && y === 0 && blur === 0 && spread > 0 ? [{ colour, spread }] : []
  })
}

function shown(el: Element, style: CSSStyleDeclaration): boolean {
  if (style.visibility !== 'visible' || style.display === 'none') return false
  if ((el as HTMLElement).closest('[hidden]')) return false
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0
}

function opacityOf(el: Element, container: Element): number {
  let o = 1
  for (let e: Element | null = el; e && e !== container; e = e.parentElement)
    o *= parseFloat(getComputedStyle(e).opacity) || 0
  return o
}

/** Every printed piece visible inside the map's container, in stacking order. */
export function printedPieces(container: HTMLElement): PrintedPiece[] {
  const box = container.getBoundingClientRect()
  const pieces: PrintedPiece[] = []
  for (const el of container.querySelectorAll<HTMLElement>(SELECTOR)) {
    const style = getComputedStyle(el)
    if (!shown(el, style)) continue
    const kind = KIND.find(([cls]) => el.classList.contains(cls))?.[1]
    if (!kind) continue
    const r = el.getBoundingClientRect()
    if (r.right <= box.left || r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom)
      continue
    const raw = (
      kind === 'edge-chip'
        ? (el.querySelector('.edge-marker__name')?.textContent ?? '')
        : // A journey's visit number is drawn by CSS from data-step (map.css).
          el.textContent || el.dataset.step || ''
    ).trim()
    const text = style.textTransform === 'uppercase' ? raw.toUpperCase() : raw
    const shadow = style.textShadow
    const haloColour =
      shadow && shadow !== 'none' ? shadow.match(/^(rgba?\([^)]*\)|#[0-9a-f]+)/i)?.[0] : null
    const local = (e: Element): Box => {
      const b = e.getBoundingClientRect()
      return { left: b.left - box.left, top: b.top - box.top, width: b.width, height: b.height }
    }
    const name = kind === 'edge-chip' ? el.querySelector('.edge-marker__name') : null
    const arrowEl = kind === 'edge-chip' ? el.querySelector('.edge-marker__arrow') : null
    pieces.push({
      kind,
      text,
      left: r.left - box.left,
      top: r.top - box.top,
      width: r.width,
      height: r.height,
      font: `${style.fontStyle === 'italic' ? 'italic ' : ''}${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
      letterSpacing: parseFloat(style.letterSpacing) || 0,
      colour: style.color,
      background: style.backgroundColor,
      borderWidth: parseFloat(style.borderTopWidth) || 0,
      borderColour: style.borderTopColor,
      borderStyle: style.borderTopStyle,
      radius: Math.min(parseFloat(style.borderTopLeftRadius) || 0, r.width / 2, r.height / 2),
      rings: ringsOf(style.boxShadow),
      halo: haloColour ?? null,
      opacity: opacityOf(el, container),
      filter: style.filter && style.filter !== 'none' ? style.filter : null,
      wrapWidth: style.whiteSpace === 'normal' ? r.width : null,
      textBox: local(name ?? el),
      arrow: arrowEl
        ? {
            ...local(arrowEl),
            angle: parseFloat(el.style.getPropertyValue('--edge-angle')) || 0,
          }
        : null,
    })
  }
  return pieces.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
}
