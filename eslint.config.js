import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import lingui from 'eslint-plugin-lingui';
import tseslint from 'typescript-eslint';

/**
 * Dependencies point one way: app → features → order-actions → ui → i18n → domain, and every
 * layer above ui may use api → domain; api and mocks never use i18n (they carry codes, never
 * sentences). mocks → api/domain. src never imports mocks, except the
 * one dynamic import in src/main.tsx that starts the worker. Features do not import each other.
 * (conventions.md, "Layout".) Each zone lists what its files may not import.
 */
const layers = [
  {
    target: './src/domain',
    from: [
      './src/api',
      './src/order-actions',
      './src/features',
      './src/ui',
      './src/app',
      './src/i18n',
      './mocks',
    ],
    message:
      'The domain is pure TypeScript: it imports nothing from the layers above it (it holds codes and facts; the sentences live in the language catalogs).',
  },
  {
    target: './src/i18n',
    from: [
      './src/api',
      './src/order-actions',
      './src/features',
      './src/ui',
      './src/app',
      './mocks',
    ],
    message: 'The language layer may use the domain only.',
  },
  {
    target: './src/api',
    from: [
      './src/order-actions',
      './src/features',
      './src/ui',
      './src/app',
      './src/i18n',
      './mocks',
    ],
    message:
      'The API layer may use the domain only: it carries codes, the UI writes the sentences.',
  },
  {
    target: './src/ui',
    from: ['./src/api', './src/order-actions', './src/features', './src/app', './mocks'],
    message: 'Shared UI shows things: it may use the domain only, never the API or what uses it.',
  },
  {
    target: './src/order-actions',
    from: ['./src/features', './src/app', './mocks'],
    message: 'Order actions may use ui, the API layer and the domain, never a feature or the app.',
  },
  {
    target: './src/features',
    from: ['./src/app', './mocks'],
    message: 'Features may not reach up into the app or into the mock.',
  },
  {
    target: './src/app',
    from: ['./mocks'],
    message: 'The app does not import the mock: only src/main.tsx starts it.',
  },
  {
    target: './mocks',
    from: ['./src/order-actions', './src/features', './src/ui', './src/app'],
    message: 'The mock backend may use the API contract and the domain only.',
  },
  {
    target: './mocks',
    from: ['./src/i18n'],
    message: 'The mock sends codes and facts, never sentences in a language.',
  },
  ...['my-orders', 'deleted-orders', 'restore', 'order-details', 'notifications'].map(
    (feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message:
        'Features do not import each other: move what they share to order-actions/, ui/, api/ or domain/.',
    }),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'reports',
      'playwright-report',
      'test-results',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|react-router|@tanstack/.*|msw.*)$',
              message: 'The domain is pure TypeScript: no React, no fetch, no MSW.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word the buyer reads goes through the catalogs (product.md §10): a string literal that
    // looks like words, outside a message, fails the lint. Codes, class names, ids and
    // developer-only errors are let through by the options below.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/api/**', 'src/domain/**'],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: [
            // one word without capitals or spaces (codes, keys, class names, paths)
            '^(?![A-Z])\\S+$',
            // constants and codes
            '^[A-Z0-9_-]+$',
          ],
          ignoreNames: [
            { regex: { pattern: 'className', flags: 'i' } },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
            { regex: { pattern: '^(data|aria)-(?!label|description|valuetext|roledescription)' } },
            'type',
            'id',
            'role',
            'lang',
            'dir',
            'href',
            'to',
            'src',
            'name',
            'key',
            'autoComplete',
            'inputMode',
            'displayName',
          ],
          ignoreFunctions: [
            'Error',
            'TypeError',
            'RangeError',
            'console.*',
            '*.setItem',
            '*.getItem',
            '*.removeItem',
            '*.addEventListener',
            '*.removeEventListener',
            '*.querySelector',
            '*.querySelectorAll',
            '*.getElementById',
            '*.closest',
            '*.includes',
            '*.startsWith',
            '*.endsWith',
            '*.get',
            '*.has',
            '*.set',
            '*.delete',
            '*.append',
            'URLSearchParams',
            'new URLSearchParams',
            'matchMedia',
            'window.matchMedia',
            'useQuery',
          ],
          useTsTypes: true,
        },
      ],
      'lingui/t-call-in-function': 'error',
      'lingui/no-single-variables-to-translate': 'error',
      'lingui/no-expression-in-message': 'error',
      'lingui/no-trans-inside-trans': 'error',
    },
  },
  {
    // The one place the app may reach the mock: the dynamic import that starts the worker.
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['eslint.config.js', 'scripts/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
