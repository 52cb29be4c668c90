/** The selected item's panels, loaded together on first use (selected-views.ts). */
export { EventDetails } from './EventDetails'
export { FlowDetails } from './FlowDetails'
export { PlaceDetails } from './PlaceDetails'
