/**
 * Everything the map prints as HTML, and where: place buttons with their names, a tag on each flow's
 * line, edge chips for places out of view, and the country and sea names. The buttons follow the
 * filters (muted when nothing about the place is visible, never removed) and the emphasis (the
 * selection and a briefing stop's subject at full strength, everything else receding).
 *
 * While the map moves, buttons ride on their points (MapLibre moves its markers every frame) and edge
 * chips follow once per frame. When it stops, one layout pass (label-layout.ts) decides which dots show,
 * which side of its dot each name sits on, where along its line each tag sits and which country names
 * fit, so that nothing printed overlaps anything else, the controls or the legend, or is cut by the
 * edge. The pass tells the map-state tracker (sync-map-state.ts) when it is pending and when it is done,
 * so "idle" means the labels are in place too.
 */
import { Marker } from 'maplibre-gl'
import { shallow } from 'zustand/shallow'
import type { Flow, Place } from '../data/schema'
import { actorColour, NEUTRAL_COLOUR } from '../lib/actor-colours'
import type { LngLat } from '../lib/arcs'
import { emphasisOf, type Emphasis } from '../lib/selection-emphasis'
import { visibleFor, type Visible } from '../lib/visibility'
import { createBasemapNameElement } from './basemap-names'
import { BASEMAP_LABELS } from './basemap-style'
import { setAttr, setClass, setHidden } from './dom'
import { createEdgeChips, placeEdgeChips, type EdgeChip } from './edge-chips'
import { flowsWithButtons, MAX_FLOW_BUTTONS } from './flow-marker-layout'
import { flowTagStacks, type FlowTag } from './flow-tags'
import { flowArcs, flowMarkerFractions } from './flow-geometry'
import { layoutLabels, type LineGuard, type PlacePiece, type TagPiece } from './label-layout'
import { flowRank, placeRank, slotsFor } from './label-ranks'
import { obstructionRects, watchObstructions } from './map-obstructions'
import { oncePerFrame } from './once-per-frame'
import {
  createPlaceMarkerElement,
  dotRadius,
  NAME_GAP,
  placeName,
  type PlaceMarkerParts,
} from './place-marker-element'
import type { Rect } from './rect'
import type { SyncModule } from './sync-types'
import { isOffscreen, nearCentre, onViewChange, screenPoint } from './viewport'

/** Names and tags stay this far inside the map's edges. */
const INSET = 6
/** Pixels between the points a line is sampled at, for keeping names off the story's lines. */
const LINE_SAMPLE_STEP = 3

/** What the layout pass reports on the map's element, for sync-map-state.ts. */
export const LABELS_EVENT = 'rnk:labels'
export type LabelsEventDetail = 'pending' | 'placed'

interface PlaceButton extends PlaceMarkerParts {
  place: Place
  marker: Marker
}

interface BasemapName {
  label: (typeof BASEMAP_LABELS)[number]
  element: HTMLSpanElement
  marker: Marker
}

/** "Soviet aid · ended 1991" for a flow a stop shows as ended; the flow's own tag otherwise. */
function tagText(flow: Flow, ended: boolean): string {
  if (!ended) return flow.tag
  const end = flow.when.kind === 'span' ? flow.when.to.slice(0, 4) : null
  return end ? `${flow.tag} · ended ${end}` : `${flow.tag} · ended`
}

export const syncLabels: SyncModule = (map, data, store) => {
  const container = map.getContainer()
  const arcs = flowArcs(data)
  const preferred = flowMarkerFractions(data.flows)
  let emphasis: Emphasis = emphasisOf(data, store.getState().selection, store.getState().focus)
  let visible: Visible = visibleFor(data, store.getState().filters)

  // ---- places: headline places first, so they come first in tab order ----
  const places: PlaceButton[] = [...data.places]
    .sort((a, b) => Number(b.headline) - Number(a.headline))
    .map((place) => {
      const colour = place.country ? actorColour(place.country, data.stateOf) : NEUTRAL_COLOUR
      const parts = createPlaceMarkerElement(place, colour)
      parts.button.addEventListener('click', () =>
        store.getState().select({ kind: 'place', id: place.id }),
      )
      const marker = new Marker({ element: parts.button, anchor: 'center' })
        .setLngLat([...place.lngLat])
        .addTo(map)
      return { place, ...parts, marker }
    })

  // ---- flow tags: made when first needed, at most MAX_FLOW_BUTTONS shown (see there) ----
  const drawn = data.flows.filter((f) => arcs.has(f.id))
  const drawnIds = drawn.map((f) => f.id)
  const resident = new Set(drawnIds.slice(0, MAX_FLOW_BUTTONS))
  const tags = flowTagStacks(map, data, arcs, preferred, (flow) =>
    store.getState().select({ kind: 'flow', id: flow.id }),
  )

  // ---- country and sea names ----
  const names: BasemapName[] = BASEMAP_LABELS.map((label) => {
    const element = createBasemapNameElement(label)
    const marker = new Marker({ element, anchor: 'center' })
      .setLngLat([label.lngLat[0], label.lngLat[1]])
      .addTo(map)
    return { label, element, marker }
  })

  // ---- edge chips ----
  const chipLayer = document.createElement('div')
  chipLayer.className = 'map-edge-markers'
  container.append(chipLayer)
  /**
   * A view with the place and where the person was looking both in it, asked of the app: the person's
   * own move, so a link carries the camera it ends on.
   */
  const showPlace = (place: Place) => {
    const c = map.getCenter().wrap()
    store.getState().requestCamera(
      {
        kind: 'fit',
        framing: {
          places: [place.id],
          flows: [],
          bounds: [
            [c.lng, c.lat],
            [c.lng, c.lat],
          ],
        },
      },
      { byPerson: true },
    )
  }
  const chips: EdgeChip[] = createEdgeChips(chipLayer, data.places, showPlace)

  // ---- emphasis and filters ----
  function showFlowEmphasis({ flow, element, text: tag }: FlowTag) {
    const selected = emphasis.selectedFlow === flow.id
    const highlighted = emphasis.highlightedFlows.has(flow.id)
    setAttr(element, 'aria-pressed', String(selected))
    setClass(element, 'flow-marker--selected', selected)
    setClass(element, 'flow-marker--related', highlighted && !selected)
    setClass(element, 'flow-marker--dimmed', emphasis.dimOthers && !highlighted)
    const ended = emphasis.ended.has(flow.id)
    setClass(element, 'flow-marker--ended', ended)
    const text = tagText(flow, ended)
    if (tag.textContent !== text) tag.textContent = text
    // The name keeps starting with what the tag shows, "ended 1991" included (label in name).
    setAttr(element, 'aria-label', `${text} flow: ${flow.title}`)
  }
  const showEmphasis = () => {
    for (const { place, button, dot } of places) {
      const selected = emphasis.selectedPlace === place.id
      const related = emphasis.relatedPlaces.has(place.id)
      setAttr(button, 'aria-pressed', String(selected))
      setClass(button, 'place-marker--selected', selected)
      setClass(button, 'place-marker--related', related)
      setClass(button, 'place-marker--receded', emphasis.dimOthers && !selected && !related)
      const step = emphasis.journey.get(place.id)
      setClass(button, 'place-marker--step', step !== undefined)
      // The visit's number is drawn by CSS (map.css), not as text in the button: its name stays the
      // place's name alone, as it reads (label in name), and the order is said in its description.
      setAttr(dot, 'data-step', step === undefined ? null : String(step))
      setAttr(
        button,
        'aria-description',
        step === undefined ? null : `Visit ${step}, in the order the article tells them`,
      )
    }
    for (const t of tags.all()) showFlowEmphasis(t)
    showTags()
    for (const c of chips)
      setClass(c.element, 'edge-marker--story', emphasis.relatedPlaces.has(c.place.id))
  }
  const showFilters = () => {
    for (const { place, button } of places) {
      setClass(button, 'place-marker--muted', !visible.places.has(place.id))
      setClass(
        button,
        'place-marker--loose',
        visible.loose.places.has(place.id) && !emphasis.relatedPlaces.has(place.id),
      )
    }
    for (const c of chips)
      setClass(c.element, 'edge-marker--muted', !visible.places.has(c.place.id))
    showTags()
  }
  /**
   * Which flows show a tag: those the filters leave, up to the cap; in the room's view of a stop, only
   * the stop's own (a receding flow keeps its grey line but prints no tag: the tags name what the stop
   * is about).
   */
  const showTags = () => {
    const withButton = flowsWithButtons(drawnIds, visible.flows)
    const room = store.getState().focus !== null
    for (const flow of drawn) {
      const on = withButton.has(flow.id)
      if (on || resident.has(flow.id)) {
        const tag = tags.tagFor(flow)
        const quiet = room && !emphasis.highlightedFlows.has(flow.id)
        setHidden(tag.element, !on || quiet)
        setClass(
          tag.element,
          'flow-marker--loose',
          visible.loose.flows.has(flow.id) && !emphasis.highlightedFlows.has(flow.id),
        )
        showFlowEmphasis(tag)
      } else tags.drop(flow.id)
    }
    tags.tidy()
  }

  /** The places that get a chip when out of view: all of them, or while a stop is shown, its own. */
  const chipWanted = (place: Place) => !emphasis.dimOthers || emphasis.relatedPlaces.has(place.id)

  // ---- while the map moves ----
  const offscreenTargets = () => {
    const { clientWidth: w, clientHeight: h } = container
    const out = new Map<string, { x: number; y: number }>()
    for (const p of places) {
      const at = screenPoint(map, p.place.lngLat)
      const off = isOffscreen(at, w, h)
      setClass(p.button, 'is-offscreen', off)
      if (off && chipWanted(p.place)) out.set(p.place.id, at)
    }
    return out
  }
  /**
   * Lays the edge chips out, clear of what covers the map and of the story's own dots and the headline
   * places (with room for a name beside them). Returns their boxes.
   */
  const placeChips = (obstructions: readonly Rect[]) => {
    const { clientWidth: w, clientHeight: h } = container
    const keepClear = places.flatMap((p) => {
      if (placeRank(p.place, emphasis) > 1) return []
      const at = screenPoint(map, p.place.lngLat)
      if (isOffscreen(at, w, h)) return []
      const r = dotRadius(p.dot) + 8
      return [{ left: at.x - r, top: at.y - r, right: at.x + r, bottom: at.y + r }]
    })
    return placeEdgeChips(container, chips, offscreenTargets(), [...obstructions, ...keepClear])
  }
  const unwatchView = onViewChange(map, () => {
    const { clientWidth: w, clientHeight: h } = container
    placeChips(obstructionRects(container))
    for (const stack of tags.stacks.values())
      if (
        !stack.element.hidden &&
        isOffscreen(screenPoint(map, stack.marker.getLngLat().toArray()), w, h)
      )
        setClass(stack.element, 'is-offscreen', true)
  })

  // ---- the layout pass ----
  const signal = (detail: LabelsEventDetail) =>
    container.dispatchEvent(new CustomEvent<LabelsEventDetail>(LABELS_EVENT, { detail }))

  const lineOf = (coordinates: readonly LngLat[]) => {
    const points: { x: number; y: number }[] = []
    let last: { x: number; y: number } | null = null
    for (const c of coordinates) {
      const p = screenPoint(map, c)
      if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= LINE_SAMPLE_STEP) points.push(p)
      last = p
    }
    return points
  }

  const layout = () => {
    const { clientWidth: w, clientHeight: h } = container
    if (!w || !h) return signal('placed')
    const obstructions = obstructionRects(container)
    const zoom = map.getZoom()

    const placePieces: PlacePiece[] = places.map((p) => {
      const { x, y } = screenPoint(map, p.place.lngLat)
      return {
        id: p.place.id,
        rank: placeRank(p.place, emphasis),
        x,
        y,
        radius: dotRadius(p.dot),
        label: { width: p.label.offsetWidth, height: p.label.offsetHeight },
        slots: slotsFor(p.place.id),
      }
    })
    const chipBoxes = placeChips(obstructions)
    const stacks = [...tags.stacks.values()].filter((st) => !st.element.hidden)
    const tagPieces: TagPiece[] = stacks.map((st) => ({
      id: st.key,
      rank: Math.min(
        ...[...st.tags.values()]
          .filter((t) => !t.element.hidden)
          .map((t) => flowRank(t.flow.id, emphasis)),
      ),
      size: { width: st.element.offsetWidth, height: st.element.offsetHeight },
      candidates: st.spots.map((p) => screenPoint(map, p)),
    }))
    const lines: LineGuard[] = drawn
      .filter((f) => visible.flows.has(f.id))
      .map((f) => ({
        rank: emphasis.highlightedFlows.has(f.id) ? 0 : 1,
        points: lineOf(arcs.get(f.id)!.coordinates),
      }))
    const namePieces = names
      .filter((n) => zoom >= n.label.minZoom)
      .map((n) => {
        const { x, y } = map.project(nearCentre(map, n.label.lngLat))
        const width = n.element.offsetWidth
        const height = n.element.offsetHeight
        return {
          id: n.label.name,
          box: {
            left: x - width / 2,
            top: y - height / 2,
            right: x + width / 2,
            bottom: y + height / 2,
          },
        }
      })

    const out = layoutLabels({
      view: { width: w, height: h, inset: INSET },
      obstacles: [...obstructions, ...chipBoxes],
      places: placePieces,
      tags: tagPieces,
      names: namePieces,
      lines,
      gap: NAME_GAP,
    })

    for (const p of places) {
      const l = out.places.get(p.place.id)
      setClass(p.button, 'place-marker--dropped', !l?.dot)
      setClass(p.button, 'place-marker--label-hidden', !l?.slot)
      if (l?.slot)
        placeName(p.label, l.slot, dotRadius(p.dot), {
          width: p.label.offsetWidth,
          height: p.label.offsetHeight,
        })
    }
    for (const st of stacks) {
      const index = out.tags.get(st.key)
      const spot = index === null || index === undefined ? undefined : st.spots[index]
      if (spot) st.marker.setLngLat(spot)
      setClass(st.element, 'is-offscreen', !spot)
    }
    for (const n of names) setClass(n.element, 'basemap-name--hidden', !out.names.has(n.label.name))
    signal('placed')
  }
  const task = oncePerFrame(layout)
  const schedule = () => {
    signal('pending')
    task.schedule()
  }
  map.on('moveend', schedule)
  map.on('resize', schedule)
  const unwatchObstructions = watchObstructions(container, schedule)
  // Names are measured in the page's own font: lay out again once it has arrived.
  void document.fonts?.ready.then(() => schedule())

  const unsubFilters = store.subscribe(
    (s) => s.filters,
    (filters) => {
      visible = visibleFor(data, filters)
      showFilters()
      schedule()
    },
  )
  const unsubEmphasis = store.subscribe(
    (s) => [s.selection, s.focus] as const,
    ([selection, focus]) => {
      emphasis = emphasisOf(data, selection, focus)
      showEmphasis()
      schedule()
    },
    { equalityFn: shallow },
  )
  showFilters()
  showEmphasis()
  schedule()

  return () => {
    unsubFilters()
    unsubEmphasis()
    unwatchView()
    unwatchObstructions()
    task.cancel()
    map.off('moveend', schedule)
    map.off('resize', schedule)
    for (const p of places) p.marker.remove()
    tags.remove()
    for (const n of names) n.marker.remove()
    chipLayer.remove()
  }
}
