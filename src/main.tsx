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
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
// The service worker is registered once the page has loaded, so its code and its precaching do not
// compete with the first screen (Workbox's advice: https://developer.chrome.com/docs/workbox/service-worker-registration).
const startServiceWorker = () =>
  void import('./app/service-worker').then((m) => m.startServiceWorker())
if (document.readyState === 'complete') startServiceWorker()
else window.addEventListener('load', startServiceWorker, { once: true })
