import { useId } from 'react'
import type { Dataset } from '../../data/dataset'
import { ActorFilter } from './ActorFilter'
import { ConfidenceFilter, FlowKindFilter } from './KindAndConfidence'
import { ShownCounts } from './ShownCounts'
import { UndatedToggle } from './UndatedToggle'
import { YearRange } from './YearRange'
import './filters.css'

/**
 * Every filter applies at once to the map, the panels and the timeline (they all read useVisible). A
 * <form> for its semantics and Enter-key behaviour; nothing is ever submitted.
 */
export function FiltersPanel({ data }: { data: Dataset }) {
  const headingId = useId()
  return (
    <section className="filters" aria-labelledby={headingId}>
      <h2 id={headingId} className="filters__title">
        Filters
      </h2>
      <ShownCounts data={data} />
      <form className="filters__form" onSubmit={(e) => e.preventDefault()}>
        <YearRange />
        <UndatedToggle data={data} />
        <ActorFilter data={data} />
        <FlowKindFilter />
        <ConfidenceFilter />
      </form>
    </section>
  )
}
