/**
 * The side of its dot each place's name tries first (label-layout.ts takes the next free side when it
 * is taken). Chosen by hand for the home view: Pyongyang, Seoul and the Korean Peninsula are a few dozen
 * pixels apart, and Vostochny and Komsomolsk-on-Amur share the top of the view.
 */
import type { LabelSlot } from './label-layout'

export const LABEL_SIDE: Readonly<Record<string, LabelSlot>> = {
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
