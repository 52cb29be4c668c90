import type { Dataset } from '../data/dataset'
import type { Flow } from '../data/schema'

/** "Russia's Far East → Pyongyang → Seoul": a flow's route by place names, via points included. */
export function routeText(flow: Flow, data: Dataset): string {
  const name = (id: string) => data.placeById.get(id)?.name ?? id
  return [flow.from, ...(flow.via ?? []), flow.to].map(name).join(' → ')
}
