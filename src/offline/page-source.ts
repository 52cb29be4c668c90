/**
 * The offline file's own source, read from the page before the app touches it. The file is one HTML
 * page and a file:// page cannot fetch itself, so this is how it can save a copy of itself with other
 * briefings in it (src/data/embedded-briefings.ts). Module scripts run once the page is parsed, and
 * this module runs before any other (src/offline/main.ts imports it first), so the DOM is still
 * exactly what the file holds: script and style text serialise unchanged, so their CSP hashes hold.
 */
export const PAGE_SOURCE = `<!doctype html>\n${document.documentElement.outerHTML}`
