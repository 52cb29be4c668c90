import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './scripts/vite-plugin-csp'
import { dataFolder } from './scripts/vite-plugin-data'

export default defineConfig({
  plugins: [react(), dataFolder(), contentSecurityPolicy()],
  // Relative base so the static build works from any sub-path of any static host.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
})
