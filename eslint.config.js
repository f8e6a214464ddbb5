import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependencies point one way: app → features → api → domain, and mocks → api/domain
 * (conventions.md). Each zone lists what its files may not import.
 */
const layers = [
  {
    target: './src/domain',
    from: ['./src/api', './src/features', './src/ui', './src/app', './mocks'],
    message: 'The domain is pure TypeScript: it imports nothing from the layers above it.',
  },
  {
    target: './src/api',
    from: ['./src/features', './src/ui', './src/app', './mocks'],
    message: 'The API layer may use the domain only.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './mocks'],
    message: 'Shared UI may use the API layer and the domain, never a feature.',
  },
  {
    target: './src/features',
    from: ['./src/app', './mocks'],
    message: 'Features may not reach up into the app or into the mock.',
  },
  {
    target: './mocks',
    from: ['./src/features', './src/ui', './src/app'],
    message: 'The mock backend may use the API contract and the domain only.',
  },
  ...['my-orders', 'deleted-orders', 'restore', 'order-details'].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what they share to ui/, api/ or domain/.',
  })),
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
