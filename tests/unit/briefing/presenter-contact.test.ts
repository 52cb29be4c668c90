import { afterEach, describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAME } from '../../../src/features/briefing/runtime/briefing-messages'
import {
  CONTACT_TIMEOUT_MS,
  expectPresenterContact,
} from '../../../src/features/briefing/runtime/presenter-contact'
import { useAppStore } from '../../../src/store'

const notices = () => useAppStore.getState().notices.map((n) => n.text)
/** The presenter's window, as far as the channel can tell. */
const presenter = () => new BroadcastChannel(CHANNEL_NAME)
/** BroadcastChannel delivers on a later turn of the event loop. */
const delivered = () => new Promise((done) => setTimeout(done, 20))

describe('the presenter window that never answers', () => {
  afterEach(() => vi.useRealTimers())

  it('is said in plain words once the wait is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    expectPresenterContact()
    vi.advanceTimersByTime(CONTACT_TIMEOUT_MS - 1)
    expect(notices()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(notices()).toEqual([
      expect.stringMatching(/has not been able to reach this one\. Present from this window/),
    ])
  })

  it('is not mentioned when the window says hello', async () => {
    expectPresenterContact(200)
    const other = presenter()
    other.postMessage({ type: 'hello' })
    await delivered()
    await new Promise((done) => setTimeout(done, 250))
    other.close()
    expect(notices()).toEqual([])
  })

  it('other messages are not a hello', async () => {
    expectPresenterContact(200)
    const other = presenter()
    other.postMessage({ type: 'state', presentation: null })
    await new Promise((done) => setTimeout(done, 250))
    other.close()
    expect(notices()).toHaveLength(1)
  })
})
