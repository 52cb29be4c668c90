import type { Dataset } from '../../data/dataset'

// Placeholder until the feature lands.
export function SourcesPanel(_props: { data: Dataset }) {
  return null
}
