import type { Confidence } from '../data/schema'
import { CONFIDENCE_HELP, CONFIDENCE_LABEL } from '../lib/labels'
import './badges.css'

export interface ConfidenceBadgeProps {
  confidence: Confidence
  /** Show the one-line explanation as visible text (panels about one item, the legend). */
  showHelp?: boolean
}

/**
 * How the article frames a claim. The words carry the meaning; the colour only echoes them. The help is
 * in `title` for pointer users and spoken for screen readers when it is not already shown.
 */
export function ConfidenceBadge({ confidence, showHelp = false }: ConfidenceBadgeProps) {
  const help = CONFIDENCE_HELP[confidence]
  return (
    <span className="confidence">
      <span className={`badge badge--conf badge--conf-${confidence}`} title={help}>
        <span className="visually-hidden">Confidence: </span>
        {CONFIDENCE_LABEL[confidence]}
      </span>
      {showHelp ? (
        <span className="confidence__help">{help}</span>
      ) : (
        <span className="visually-hidden"> ({help})</span>
      )}
    </span>
  )
}
