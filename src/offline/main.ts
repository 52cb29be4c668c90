/**
 * The single-file build's entry (vite.offline.config.ts): keeps the page's own source first, then
 * starts the app exactly as on a web host.
 */
import './page-source'
import '../main'
