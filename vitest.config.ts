/**
 * The tests' Vitest configuration, on top of the build's (vite.config.ts: same plugins and resolution).
 * Two projects, one level of the test pyramid each (the third, user journeys in the built app, is
 * Playwright's: playwright.config.ts):
 * - unit: pure logic and panels in jsdom (tests/unit);
 * - map: the map's sync modules against a real MapLibre map in a real browser (tests/map), through
 *   Vitest's browser mode and the same Chromium the Playwright tests use (tests/support/browser.ts,
 *   software WebGL). One page for the whole project: no build and no server beyond Vitest's own.
 */
import { playwright } from '@vitest/browser-playwright'
import { defineConfig, mergeConfig } from 'vitest/config'
import { chromiumExecutable, CHROMIUM_ARGS } from './tests/support/browser'
import viteConfig from './vite.config'

export default defineConfig(async () =>
  mergeConfig(viteConfig, {
    test: {
      restoreMocks: true,
      // Failure screenshots and other attachments go with the browser tests' results, out of git.
      attachmentsDir: 'test-results/vitest-attachments',
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/setup.ts'],
          },
        },
        {
          extends: true,
          // Bundled before the page opens: found only when a test imports them, they would make
          // Vite reload the page in the middle of the run.
          optimizeDeps: { include: ['maplibre-gl', 'zustand', 'zustand/middleware', 'zod/mini'] },
          test: {
            name: 'map',
            include: ['tests/map/**/*.test.ts'],
            setupFiles: ['tests/map/setup.ts'],
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: { executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS },
              }),
              instances: [{ browser: 'chromium' }],
              // About the app's map column at 1440 x 900.
              viewport: { width: 900, height: 640 },
              screenshotDirectory: 'test-results/map-screenshots',
            },
          },
        },
      ],
    },
  }),
)
