import { useId } from 'react'
import { SelectButton } from '../../components/SelectButton'
import type { Dataset } from '../../data/dataset'
import { useVisible } from '../../store/use-visible'
import { Section } from './Section'

/** What shows when nothing is selected: what this is, how to use it, and four ways in. */
export function Overview({ data }: { data: Dataset }) {
  const headingId = useId()
  const visible = useVisible(data)
  const headline = data.places.filter((p) => p.headline)

  return (
    <article className="details details--overview" aria-labelledby={headingId}>
      <p className="details__kicker">Overview</p>
      <h2 id={headingId} className="details__title" tabIndex={-1}>
        Russia and North Korea, place by place
      </h2>
      <p className="details__lede">
        This map lays out one article from {data.source.publication}: where the events it describes
        took place, what moved between Russia and North Korea, and what was only wanted or planned.
      </p>
      <p>
        Choose a place or a flow line on the map, or an event on the timeline, to read what the
        article says about it. Narrow the view by year, actor or kind of flow with the filters.
      </p>
      <p>
        Every fact comes with the article’s own words, the paragraph they come from (¶), and how
        sure the article is. Dates the article only implies are marked <em>inferred</em>.
      </p>

      <Section title="Start with the four places the story turns on">
        <ul className="headline-places">
          {headline.map((p) => (
            <li key={p.id}>
              {/* The detail sits outside the button so the button's name is just the place's name. */}
              <SelectButton kind="place" id={p.id} className="link-button headline-place">
                {p.name}
              </SelectButton>
              {p.detail && <p className="headline-place__detail">{p.detail}</p>}
            </li>
          ))}
        </ul>
      </Section>

      <Section title="What is shown">
        <p>
          {visible.events.size} of {data.events.length} events, {visible.flows.size} of{' '}
          {data.flows.length} flows and {visible.places.size} of {data.places.length} places, under
          the current filters.
        </p>
        <p className="details__note">
          <span className="details__label">About the dates.</span> {data.source.published.note}
        </p>
      </Section>
    </article>
  )
}
