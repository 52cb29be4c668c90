import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'offline',
      'node_modules',
      'public/basemap',
      'test-results',
      'playwright-report',
      'bench-results',
      'tmp-*',
      '.t[0-9]*.mjs',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call a function named `use`; it is not React's.
    files: ['tests/e2e/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  ...layerRules(),
)

/**
 * Layers point one way (README.md, "How it is built"): data and lib at the bottom, the store above
 * them, then the map, components and features, and the app on top. Only src/map imports MapLibre;
 * features reach the map only through its API (src/map/map-handle.ts) and never import each other.
 *
 * no-restricted-imports matches an import as written, not the file it resolves to. Every import in src/
 * is relative, so reaching another top-level folder means climbing out with "../" and naming it: the
 * patterns below match that. Folder names under src/ and src/features/ are unique, so "../store" or
 * "../../filters/x" can only mean src/store or the filters feature. One block per folder, because a
 * later block setting this rule replaces an earlier one's patterns rather than adding to them.
 */
function layerRules() {
  const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
  const maplibre = {
    group: ['maplibre-gl', 'maplibre-gl/*'],
    message: 'Only src/map imports maplibre-gl.',
  }
  /** An import that climbs out to src/ (or src/features/) and into one of `folders`. */
  const into = (folders, message, prefix = '') => ({
    regex: `^(\\.\\./)+${prefix}(${folders.join('|')})(/|$)`,
    message,
  })
  /** An import of a src/map module other than the ones named. */
  const mapExcept = (allowed) => ({
    regex: `^(\\.\\./)+map/(?!(${allowed.join('|')})$)`,
    message: `Outside src/map, the map is reached through the store or its API, src/map/${allowed[0]}.ts.`,
  })
  const below = (layer, folders) =>
    into(folders, `${layer} does not import ${folders.join(', ')}: layers point one way.`)
  const block = (files, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })
  return [
    block(['src/**'], [maplibre]),
    block(
      ['src/data/**'],
      [maplibre, below('src/data', ['store', 'features', 'map', 'app', 'components'])],
    ),
    block(
      ['src/lib/**'],
      [maplibre, below('src/lib', ['store', 'features', 'map', 'app', 'components'])],
    ),
    block(
      ['src/store/**'],
      [maplibre, below('src/store', ['features', 'map', 'app', 'components'])],
    ),
    block(['src/components/**'], [maplibre, below('src/components', ['features', 'map', 'app'])]),
    block(['src/map/**'], [below('src/map', ['features', 'app'])]),
    block(['src/app/**'], [maplibre, mapExcept(['map-handle', 'map-view'])]),
    ...features.map((feature) =>
      block(
        [`src/features/${feature}/**`],
        [
          maplibre,
          below('A feature', ['app']),
          mapExcept(['map-handle']),
          into(
            features.filter((f) => f !== feature),
            'Features do not import each other: share through src/components, src/lib or the store.',
            '(features/)?',
          ),
        ],
      ),
    ),
  ]
}
