import { useId } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { CONFIDENCE, FLOW_KINDS } from '../../data/schema'
import { CONFIDENCE_HELP, CONFIDENCE_LABEL, FLOW_KIND_LABEL } from '../../lib/labels'
import { useAppStore } from '../../store'

function Check({
  label,
  help,
  checked,
  onToggle,
}: {
  label: string
  help?: string
  checked: boolean
  onToggle: () => void
}) {
  const id = useId()
  const helpId = useId()
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={onToggle}
        aria-describedby={help ? helpId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {help && (
        <span id={helpId} className="check__help">
          {help}
        </span>
      )}
    </div>
  )
}

export function FlowKindFilter() {
  const kinds = useAppStore(useShallow((s) => s.filters.flowKinds))
  const toggle = useAppStore((s) => s.toggleFlowKind)
  return (
    <fieldset className="filter-group">
      <legend>
        <h3 className="filter-group__title">Kinds of flow</h3>
      </legend>
      <p className="filter-group__hint">Applies to flow lines only, not to events.</p>
      <ul className="checks">
        {FLOW_KINDS.map((k) => (
          <li key={k}>
            <Check
              label={FLOW_KIND_LABEL[k]}
              checked={kinds.includes(k)}
              onToggle={() => toggle(k)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  )
}

export function ConfidenceFilter() {
  const grades = useAppStore(useShallow((s) => s.filters.confidence))
  const toggle = useAppStore((s) => s.toggleConfidence)
  const hintId = useId()
  return (
    <fieldset className="filter-group" aria-describedby={hintId}>
      <legend>
        <h3 className="filter-group__title">How sure the article is</h3>
      </legend>
      <p id={hintId} className="filter-group__hint">
        Applies to events and flows.
      </p>
      <ul className="checks">
        {CONFIDENCE.map((c) => (
          <li key={c}>
            <Check
              label={CONFIDENCE_LABEL[c]}
              help={CONFIDENCE_HELP[c]}
              checked={grades.includes(c)}
              onToggle={() => toggle(c)}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
