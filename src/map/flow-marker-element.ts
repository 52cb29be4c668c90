/**
 * A flow's button, at the middle of its line: lines cannot take keyboard focus, buttons can. It shows
 * the flow's own tag in words ("Munitions", "Satellite tech"; plain text, so no icon font or emoji is
 * needed), ringed in the sending state's colour and dashed when the flow is not reported to have
 * happened.
 */
import type { Flow } from '../data/schema'
import type { ActorColour } from '../lib/actor-colours'
import { FLOW_KIND_LABEL, FLOW_STATUS_LABEL, UNREALISED_STATUSES } from '../lib/labels'

export function createFlowMarkerElement(flow: Flow, colour: ActorColour): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'flow-marker'
  if (UNREALISED_STATUSES.includes(flow.status)) button.classList.add('flow-marker--unrealised')
  if (flow.status === 'historical') button.classList.add('flow-marker--historical')
  button.dataset.flowId = flow.id
  // The name starts with the words the button shows (WCAG 2.5.3, label in name): someone using
  // speech input says what they see, "click Soviet aid".
  button.setAttribute('aria-label', `${flow.tag} flow: ${flow.title}`)
  button.setAttribute('aria-pressed', 'false')
  // A tooltip for pointer users; screen readers get the same words as the button's description.
  button.title = `${FLOW_KIND_LABEL[flow.kind]} · ${FLOW_STATUS_LABEL[flow.status]}`
  button.style.setProperty('--flow-fill', colour.fill)
  button.style.setProperty('--flow-ink', colour.ink)
  const tag = document.createElement('span')
  tag.className = 'flow-marker__tag'
  tag.setAttribute('aria-hidden', 'true')
  tag.textContent = flow.tag
  button.append(tag)
  return button
}
