import { defineConfig, devices } from '@playwright/test'
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/support/browser'

// The browser comes through npm (@sparticuz/chromium) unless CHROME_PATH names another.
const executablePath = await chromiumExecutable()
// E2E_PORT lets two checkouts run their browser tests side by side without fighting over 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  // Two workers on two cores: one leaves a fifth of the CPU idle while a page waits on its GPU
  // process (measured: 80 % busy with one, 97 % with two). Tests, not files, are shared out, so a
  // long spec file does not finish alone at the end. E2E_WORKERS overrides (1 to debug a timing).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    // The build registers a service worker (the installable app). Blocked in every spec but the one
    // about it (tests/e2e/offline/installable.spec.ts), so no test runs on files a worker cached.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The tests run against the production build (npm run test:e2e builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
