import { useId, useState } from 'react'

/**
 * Text inputs that save as the person types, but never save something the briefing format rejects:
 * an empty title is kept on screen while typing and put back on leaving the field.
 */
export function TextField({
  label,
  value,
  max,
  onCommit,
}: {
  label: string
  value: string
  max: number
  onCommit: (value: string) => void
}) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft}
        maxLength={max}
        onChange={(e) => {
          setDraft(e.target.value)
          if (e.target.value.trim()) onCommit(e.target.value.trim())
        }}
        onBlur={() => {
          if (!draft.trim()) setDraft(value)
        }}
      />
    </div>
  )
}

export function TextArea({
  label,
  hint,
  value,
  rows = 3,
  max,
  onChange,
}: {
  label: string
  hint?: string
  value: string
  rows?: number
  max: number
  /** Returns a problem to show under the field, if any. */
  onChange: (value: string) => string | null
}) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="briefing-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={draft}
        maxLength={max}
        aria-describedby={
          [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].join(' ').trim() || undefined
        }
        onChange={(e) => {
          setDraft(e.target.value)
          setProblem(onChange(e.target.value))
        }}
      />
      {problem && (
        <p className="briefing-field__problem" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </div>
  )
}
