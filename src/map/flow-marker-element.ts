/**
 * A flow's button, at the middle of its line: lines cannot take keyboard focus, buttons can. It shows a
 * short tag for the kind of flow (plain text, so no icon font or emoji is needed), ringed in the sending
 * state's colour and dashed when the flow never happened.
 */
import type { Flow } from '../data/schema'
import type { ActorColour } from '../lib/actor-colours'
import {
  FLOW_KIND_LABEL,
  FLOW_KIND_TAG,
  FLOW_STATUS_LABEL,
  UNREALISED_STATUSES,
} from '../lib/labels'

export function createFlowMarkerElement(flow: Flow, colour: ActorColour): HTMLButtonElement {
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'flow-marker'
  if (UNREALISED_STATUSES.includes(flow.status)) button.classList.add('flow-marker--unrealised')
  if (flow.status === 'historical') button.classList.add('flow-marker--historical')
  button.dataset.flowId = flow.id
  // The name starts with the tag the button shows (WCAG 2.5.3, label in name), as a word of its own:
  // someone using speech input says what they see, "click AID".
  button.setAttribute('aria-label', `${FLOW_KIND_TAG[flow.kind]} flow: ${flow.title}`)
  button.setAttribute('aria-pressed', 'false')
  // A tooltip for pointer users; screen readers get the same words as the button's description.
  button.title = `${FLOW_KIND_LABEL[flow.kind]} · ${FLOW_STATUS_LABEL[flow.status]}`
  button.style.setProperty('--flow-fill', colour.fill)
  button.style.setProperty('--flow-ink', colour.ink)
  const tag = document.createElement('span')
  tag.className = 'flow-marker__tag'
  tag.setAttribute('aria-hidden', 'true')
  tag.textContent = FLOW_KIND_TAG[flow.kind]
  button.append(tag)
  return button
}
