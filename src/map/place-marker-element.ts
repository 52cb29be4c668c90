/**
 * A place on the map as a real button: focusable, named, pressed when selected. The button is a small
 * square centred on the place; its name hangs off the side given in label-placement.ts.
 */
import type { Place } from '../data/schema'
import type { ActorColour } from '../lib/actor-colours'
import { labelSide } from './label-placement'

export type PlaceTier = 'headline' | 'secondary' | 'region' | 'country'

export function placeTier(place: Place): PlaceTier {
  if (place.kind === 'region') return 'region'
  // A whole country drawn at its edge: not a place, so it gets a look of its own.
  if (place.kind === 'country') return 'country'
  return place.headline ? 'headline' : 'secondary'
}

export function createPlaceMarkerElement(place: Place, colour: ActorColour): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = `place-marker place-marker--${placeTier(place)} place-marker--label-${labelSide(place.id)}`
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
  return button
}
