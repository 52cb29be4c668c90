import { PLACE_KIND_LABEL } from '../../components/place-labels'
import { SelectButton } from '../../components/SelectButton'
import type { Dataset } from '../../data/dataset'
import type { Place } from '../../data/schema'
import type { Visible } from '../../lib/visibility'
import { useAppStore } from '../../store'
import { ShownTag } from './ShownTag'

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`
}

export function PlaceRow({
  place,
  data,
  visible,
}: {
  place: Place
  data: Dataset
  visible: Visible
}) {
  const selected = useAppStore((s) => s.selection?.kind === 'place' && s.selection.id === place.id)
  const events = (data.eventsByPlace.get(place.id) ?? []).filter((e) =>
    visible.events.has(e.id),
  ).length
  const flows = (data.flowsByPlace.get(place.id) ?? []).filter((f) =>
    visible.flows.has(f.id),
  ).length
  const country = place.country ? data.actorById.get(place.country)?.name : undefined
  const shown = visible.places.has(place.id)
  return (
    <div className={`row${shown ? '' : ' row--hidden'}${selected ? ' row--current' : ''}`}>
      <div className="row__main">
        <SelectButton
          kind="place"
          id={place.id}
          className="link-button row__name"
          current={selected}
        >
          {place.name}
        </SelectButton>
        {place.headline && <span className="row__headline">Headline place</span>}
      </div>
      <p className="row__meta">
        {[PLACE_KIND_LABEL[place.kind], country, place.detail].filter(Boolean).join(' · ')}
      </p>
      <p className="row__meta">
        <ShownTag shown={shown} />
        {shown && (
          <span>
            {plural(events, 'event', 'events')}, {plural(flows, 'flow', 'flows')}
          </span>
        )}
      </p>
    </div>
  )
}
