/**
 * Which side of its dot each place's name sits on, and the few markers nudged off their point. Chosen by hand for the default view (centre 129.5 E
 * 45 N, zoom 3.4) on a 1440-px desktop and a 390-px phone: Pyongyang, Seoul and the Korean Peninsula
 * are a few dozen pixels apart, and Vostochny and Komsomolsk-on-Amur share the top of the view.
 */
export type LabelSide = 'left' | 'right' | 'above' | 'below'

export const DEFAULT_LABEL_SIDE: LabelSide = 'right'

export const LABEL_SIDE: Readonly<Record<string, LabelSide>> = {
  pyongyang: 'left', // clear of Seoul and the peninsula to its south-east
  vostochny: 'above', // leaves the row below for Komsomolsk-on-Amur
  'komsomolsk-on-amur': 'left', // a long name; to the right it runs off a phone screen
  vladivostok: 'right',
  'russian-far-east': 'below', // between Komsomolsk-on-Amur and Vladivostok
  'korean-peninsula': 'right', // east of Pyongyang and Seoul, over the sea
  seoul: 'left', // below it would cover the basemap's SOUTH KOREA
  beijing: 'left', // Pyongyang's name is to its east
  tokyo: 'left', // to the right it runs off a phone screen
  moscow: 'above', // eastern Ukraine is just below
  'eastern-ukraine': 'below',
  washington: 'left', // seen from Asia it is at the map's right-hand edge
}

export function labelSide(placeId: string): LabelSide {
  return LABEL_SIDE[placeId] ?? DEFAULT_LABEL_SIDE
}

/**
 * Screen offsets (px, y down) for markers that would otherwise sit on top of a neighbour's button. Only
 * for regions, whose point is approximate anyway (see their `approximate` note): the Korean Peninsula's
 * point lies 16 px from Seoul at the default zoom, closer than two 24-px targets may be.
 */
export const MARKER_OFFSET: Readonly<Record<string, readonly [number, number]>> = {
  'korean-peninsula': [16, -2],
}

export function markerOffset(placeId: string): [number, number] {
  const [x, y] = MARKER_OFFSET[placeId] ?? [0, 0]
  return [x, y]
}
