import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { loadSelectedViews } from '../src/features/details/selected-views'
import { resetAppStore } from '../src/store'

// The selected item's panels are fetched on first use in the app; here they are ready before any test
// renders, so a panel shows in the render that selects it.
beforeAll(async () => {
  await loadSelectedViews()
})

// No shared state between tests: unmount, reset the store and the address bar.
afterEach(() => {
  cleanup()
  resetAppStore()
  window.history.replaceState(null, '', '/')
})
