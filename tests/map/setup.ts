import { afterEach } from 'vitest'
import { resetAppStore } from '../../src/store'

// No shared state between tests: each test removes its own map (see real-map.ts); the store starts afresh.
afterEach(() => {
  resetAppStore()
})
