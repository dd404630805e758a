// Lint rules: typescript-eslint's recommended, the rules of hooks, Prettier's formatting, and the layers of src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Import patterns that reach into another folder of src/, whatever the depth of the importing file. */
const folder = (name) => [`**/${name}`, `**/${name}/**`, `@/${name}/**`];
const layer = (message, ...names) => ({ group: names.flatMap(folder), message });

/** Which folders of src/ each layer may not import: dependencies point toward src/domain. */
const LAYERS = [
  {
    files: ['src/domain/**'],
    patterns: [
      layer('src/domain is pure TypeScript: it imports nothing from the other folders.', 'data', 'sync', 'sw', 'intake', 'ui'),
      { group: ['preact', 'preact/*', 'dexie', 'workbox-*', 'virtual:*'], message: 'src/domain has no DOM, Preact, Dexie or Workbox.' },
    ],
  },
  { files: ['src/data/**'], patterns: [layer('src/data depends only on src/domain.', 'sync', 'sw', 'intake', 'ui')] },
  { files: ['src/sync/**'], patterns: [layer('src/sync never imports the UI, the worker or the intake.', 'sw', 'intake', 'ui')] },
  { files: ['src/sw/**'], patterns: [layer('The service worker imports only src/domain.', 'data', 'sync', 'intake', 'ui')] },
  { files: ['src/intake/**'], patterns: [layer('The intake imports only src/domain.', 'data', 'sync', 'sw', 'ui')] },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'dev-dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/', '.data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['warn', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...LAYERS.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
  {
    // Only the entry point mounts the UI.
    // (Each layer above forbids it too: a later rule of the same name replaces an earlier one.)
    files: ['src/**'],
    ignores: ['src/main.tsx', 'src/ui/**', ...LAYERS.flatMap(({ files }) => files)],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer('Nothing but src/main.tsx imports src/ui.', 'ui')] }] },
  },
  {
    files: ['src/sw/**/*.ts'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  {
    // Command-line scripts: printing is their job.
    files: ['.ci/**', 'bench/**', 'src/intake/server.ts'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
