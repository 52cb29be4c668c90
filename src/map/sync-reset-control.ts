/**
 * "Reset view": a map control under the zoom buttons that asks the app for the default camera, so the
 * move is tagged like any other app move and the link updates. A house icon the size of the zoom
 * buttons, named for screen readers and with a tooltip: a text button covered place names on phones.
 */
import type { IControl } from 'maplibre-gl'
import { HOME } from '../lib/explorer-view'
import { lineIcon } from './line-icon'
import type { AppStoreApi, SyncModule } from './sync-types'

const homeIcon = () =>
  lineIcon({ size: 20, path: 'M3 9.5 10 3.5l7 6M5.5 8v8.5h3.5v-5h2v5h3.5V8', strokeWidth: 1.8 })

class ResetViewControl implements IControl {
  private readonly container = document.createElement('div')
  private readonly store: AppStoreApi

  constructor(store: AppStoreApi) {
    this.store = store
  }

  onAdd(): HTMLElement {
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group map-reset-control'
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'map-reset-control__button'
    button.setAttribute('aria-label', 'Reset view')
    button.title = 'Reset view'
    button.append(homeIcon())
    button.addEventListener('click', () => this.store.getState().requestCamera(HOME))
    this.container.replaceChildren(button)
    return this.container
  }

  onRemove() {
    this.container.remove()
  }
}

export const syncResetControl: SyncModule = (map, _data, store) => {
  const control = new ResetViewControl(store)
  map.addControl(control, 'top-right')
  return () => {
    map.removeControl(control)
  }
}
