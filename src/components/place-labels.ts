/** Words for place kinds; kept beside the components because src/lib is owned elsewhere. */
import type { Place } from '../data/schema'

export const PLACE_KIND_LABEL: Record<Place['kind'], string> = {
  city: 'City',
  facility: 'Facility',
  region: 'Region',
  country: 'Country as a whole (no place named)',
}
