import type { Dataset } from '../../data/dataset'

// Placeholder until the feature lands.
export function Legend(_props: { data: Dataset }) {
  return null
}
