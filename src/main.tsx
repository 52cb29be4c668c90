import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/atkinson-hyperlegible/latin-400.css'
import '@fontsource/atkinson-hyperlegible/latin-700.css'
import '@fontsource/source-serif-4/latin-400.css'
import '@fontsource/source-serif-4/latin-400-italic.css'
import '@fontsource/source-serif-4/latin-600.css'
import './styles/tokens.css'
import './styles/app.css'
import { App } from './app/App'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// `?harness=remount` swaps the app for the map remount harness (src/bench/remount.tsx) so a browser test
// can mount and unmount the real map 20 times against the built site (tests/e2e/hardening/lifecycle
// .spec.ts). A separate chunk: without the flag it is never fetched.
if (new URLSearchParams(window.location.search).get('harness') === 'remount') {
  void import('./bench/remount').then(async ({ startRemountHarness }) => {
    Object.assign(window, { __remount: await startRemountHarness(root) })
  })
} else {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
