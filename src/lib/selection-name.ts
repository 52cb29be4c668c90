import type { Dataset } from '../data/dataset'
import type { Selection } from './explorer-view'

/**
 * What people call a selected item: a place's name, an event's or a flow's title. Undefined when the
 * data has no such item (a link can name one the data does not have).
 */
export function selectionName(
  data: Pick<Dataset, 'placeById' | 'eventById' | 'flowById'>,
  selection: Selection,
): string | undefined {
  switch (selection.kind) {
    case 'place':
      return data.placeById.get(selection.id)?.name
    case 'event':
      return data.eventById.get(selection.id)?.title
    case 'flow':
      return data.flowById.get(selection.id)?.title
  }
}
