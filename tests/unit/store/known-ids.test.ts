import { afterEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../../../src/store'
import { keepKnownIds } from '../../../src/store/known-ids'
import { startUrlSync } from '../../../src/store/url-sync'
import { loadRealDataset } from '../../support/real-data'

const data = loadRealDataset()
const stops: (() => void)[] = []
afterEach(() => {
  while (stops.length) stops.pop()!()
})

describe('ids a link names that the data does not have', () => {
  it('are dropped once the data is known, with a notice that quotes them in part', () => {
    window.history.replaceState(null, '', `/?sel=place:${'x'.repeat(500)}&actors=china,nobody`)
    stops.push(startUrlSync(), keepKnownIds(data))
    const s = useAppStore.getState()
    expect(s.selection).toBeNull()
    expect(s.filters.actors).toEqual(['china'])
    const notice = s.notices.at(-1)!.text
    expect(notice).toContain('unknown actor "nobody"')
    expect(notice).toContain(`unknown place "${'x'.repeat(40)}…"`)
    expect(notice.length).toBeLessThan(300)
  })

  it('stay dropped when back/forward returns to the entry that named them', async () => {
    window.history.replaceState(null, '', '/?sel=event:no-such-event')
    stops.push(startUrlSync(), keepKnownIds(data))
    expect(useAppStore.getState().selection).toBeNull()
    useAppStore.getState().select({ kind: 'place', id: 'vladivostok' })

    // Dropping the id pushed a clean entry; two steps back is the link as it was opened.
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }))
    window.history.go(-2)
    await popped
    expect(window.location.search).toContain('no-such-event')
    expect(useAppStore.getState().selection).toBeNull()
  })
})
