import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { resetAppStore } from '../src/store'

// No shared state between tests: unmount, reset the store and the address bar.
afterEach(() => {
  cleanup()
  resetAppStore()
  window.history.replaceState(null, '', '/')
})
