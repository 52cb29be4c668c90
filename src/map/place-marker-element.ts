/**
 * A place on the map as a real button: focusable, named, pressed when selected. The button is a square
 * hit area centred on the place; the dot sits in its middle, and the name hangs off the side the label
 * layout chooses (sync-labels.ts moves it with `placeName`). A journey's step number is printed in the
 * dot.
 */
import type { Place } from '../data/schema'
import type { ActorColour } from '../lib/actor-colours'
import { slotRect, type LabelSlot, type Size } from './label-layout'

export type PlaceTier = 'headline' | 'secondary' | 'region' | 'country'

export function placeTier(place: Place): PlaceTier {
  if (place.kind === 'region') return 'region'
  // A whole country drawn at its edge: not a place, so it gets a look of its own.
  if (place.kind === 'country') return 'country'
  return place.headline ? 'headline' : 'secondary'
}

export interface PlaceMarkerParts {
  button: HTMLButtonElement
  dot: HTMLSpanElement
  label: HTMLSpanElement
}

export function createPlaceMarkerElement(place: Place, colour: ActorColour): PlaceMarkerParts {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = `place-marker place-marker--${placeTier(place)}`
  button.dataset.placeId = place.id
  button.setAttribute('aria-label', place.name)
  button.setAttribute('aria-pressed', 'false')
  button.style.setProperty('--place-fill', colour.fill)
  button.style.setProperty('--place-ink', colour.ink)
  if (place.kind === 'country') {
    // A country's anchor is where a line ends, not a place: it is named on the map but takes no focus
    // or clicks there (packed beside Seoul and Vladivostok it would crowd their targets). The Places
    // list and each flow's route still select it.
    button.tabIndex = -1
    button.setAttribute('aria-hidden', 'true')
  }

  const dot = document.createElement('span')
  dot.className = 'place-marker__dot'
  dot.setAttribute('aria-hidden', 'true')
  const label = document.createElement('span')
  label.className = 'place-marker__label'
  label.setAttribute('aria-hidden', 'true')
  label.textContent = place.name
  button.append(dot, label)
  return { button, dot, label }
}

/** Gap between a dot and its name, in px. */
export const NAME_GAP = 4

/** The dot's half-size on screen, from its drawn box (ring and border included). */
export function dotRadius(dot: HTMLElement): number {
  return dot.offsetWidth / 2 + 1
}

/**
 * Puts a name in `slot` beside its dot: the same box label-layout.ts measured (slotRect), as an offset
 * from the dot's centre, which is the middle of the button.
 */
export function placeName(label: HTMLElement, slot: LabelSlot, radius: number, size: Size) {
  const r = slotRect({ x: 0, y: 0 }, radius, NAME_GAP, size, slot)
  const transform = `translate(${Math.round(r.left)}px, ${Math.round(r.top)}px)`
  if (label.style.transform !== transform) label.style.transform = transform
  if (label.dataset.slot !== slot) label.dataset.slot = slot
}
