import type { Dataset } from '../../data/dataset'

// Placeholder until the feature lands.
export function Timeline(_props: { data: Dataset }) {
  return null
}
