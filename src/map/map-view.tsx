import type { Dataset } from '../data/dataset'

// Placeholder until the map lands.
export default function MapView(_props: { data: Dataset }) {
  return null
}
