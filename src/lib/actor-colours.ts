/**
 * One colour per state, from the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies). People and bodies take their state's colour. `ink` is a darker shade of the same hue
 * for text and outlines on the light theme (at least 4.5:1 on white).
 */
export interface ActorColour {
  fill: string
  ink: string
}

export const STATE_COLOURS: Record<string, ActorColour> = {
  russia: { fill: '#D55E00', ink: '#9A4400' },
  'north-korea': { fill: '#0072B2', ink: '#005A8C' },
  china: { fill: '#CC79A7', ink: '#8E3F6C' },
  'united-states': { fill: '#009E73', ink: '#00694C' },
  'south-korea': { fill: '#56B4E9', ink: '#1F6E9C' },
  japan: { fill: '#E69F00', ink: '#8A5F00' },
  ukraine: { fill: '#F0E442', ink: '#6E6700' },
}

export const NEUTRAL_COLOUR: ActorColour = { fill: '#7A7A7A', ink: '#555555' }

export function actorColour(actorId: string, stateOf: ReadonlyMap<string, string>): ActorColour {
  return STATE_COLOURS[stateOf.get(actorId) ?? actorId] ?? NEUTRAL_COLOUR
}
