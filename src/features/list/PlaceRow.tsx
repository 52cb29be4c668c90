import { memo } from 'react'
import { PLACE_KIND_LABEL } from '../../components/place-labels'
import { SelectButton } from '../../components/SelectButton'
import type { Dataset } from '../../data/dataset'
import type { Place } from '../../data/schema'
import { ShownTag } from './ShownTag'

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * One place of the list, with what it has under the current filters. The list counts and passes plain
 * values, so this memoised row re-renders only when what it says changes.
 */
export const PlaceRow = memo(function PlaceRow({
  place,
  data,
  selected,
  shown,
  loose,
  events,
  flows,
}: {
  place: Place
  data: Dataset
  selected: boolean
  /** The filters leave it something to show. */
  shown: boolean
  /** Everything it shows is undated or runs past the chosen years. */
  loose: boolean
  /** Its visible events and flows. */
  events: number
  flows: number
}) {
  const country = place.country ? data.actorById.get(place.country)?.name : undefined
  return (
    <div
      className={`row${shown ? '' : ' row--hidden'}${loose ? ' row--loose' : ''}${selected ? ' row--current' : ''}`}
    >
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
        <ShownTag shown={shown} loose={loose ? 'only undated items or eras' : null} />
        {shown && (
          <span>
            {plural(events, 'event', 'events')}, {plural(flows, 'flow', 'flows')}
          </span>
        )}
      </p>
    </div>
  )
})
