/// <reference types="vitest/config" />
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { lingui } from '@lingui/vite-plugin';
import { transformAsync } from '@babel/core';
import { catalogParts } from './scripts/i18n/split-catalog.ts';
import { CATALOG_PART_ROOTS } from './src/i18n/catalog-parts.ts';

/**
 * The Content-Security-Policy is written into index.html at build time so that it can name the
 * real backend's origin when `VITE_API_BASE_URL` is set. The dev server gets no CSP: React's
 * fast refresh needs an inline preamble script, which the production policy forbids.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined): Plugin {
  const connect = ["'self'"];
  if (apiBaseUrl) connect.push(new URL(apiBaseUrl).origin);
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'order-restore-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/** A build for a real backend ships no mock: not even the service worker script from public/. */
function withoutMockWorker(apiBaseUrl: string | undefined): Plugin {
  let outDir = 'dist';
  return {
    name: 'order-restore-without-mock-worker',
    apply: 'build',
    configResolved: (config) => {
      outDir = config.build.outDir;
    },
    closeBundle: async () => {
      if (!apiBaseUrl) return;
      await rm(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Lingui's macros (`t`, `msg`, `plural`, `<Trans>`) become runtime calls with compiled message
 * ids. They need Babel, and only in the files that import them: @vitejs/plugin-react 6 no longer
 * runs Babel, and @rolldown/plugin-babel needs Node 22 (README, decisions).
 */
function linguiMacros(): Plugin {
  return {
    name: 'order-restore-lingui-macros',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || id.includes('/node_modules/')) return null;
      if (!code.includes('@lingui/') || !code.includes('/macro')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: ['@lingui/babel-plugin-lingui-macro'],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // `npm run bench` builds a bare React page with this same config, as the floor to compare with.
  const floor = process.env.BENCH_FLOOR === '1';
  const alias: Record<string, string> = floor
    ? {}
    : { tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) };
  // A language missing a message fails the build (I18N_ALLOW_MISSING=1 only while translating).
  const failOnMissing = process.env.I18N_ALLOW_MISSING !== '1';
  return {
    ...(floor ? { root: 'scripts/bench/floor', publicDir: false as const } : {}),
    resolve: {
      // The demo's MSW needs no public-suffix list (mocks/shims/tldts.ts says why).
      alias,
    },
    plugins: [
      linguiMacros(),
      react(),
      lingui({ failOnMissing, failOnCompileError: true }),
      // Each language's catalog in parts, each loaded with the code that shows it; split in a
      // build only (the dev server and the unit tests load a whole catalog as `core`).
      catalogParts({
        entry: 'src/main.tsx',
        roots: CATALOG_PART_ROOTS,
        split: command === 'build' && !floor && !process.env.VITEST,
        failOnMissing,
      }),
      contentSecurityPolicy(env.VITE_API_BASE_URL || undefined),
      withoutMockWorker(env.VITE_API_BASE_URL || undefined),
    ],
    build: {
      target: 'es2022',
      outDir: process.env.BUILD_OUT_DIR ?? 'dist',
      emptyOutDir: true,
      // The bench reads which chunks the first view loads and which belong to the mock.
      manifest: true,
      sourcemap: process.env.BUILD_SOURCEMAP === '1',
      // The CSP forbids inline scripts, so Vite's module preload polyfill must not be inlined.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Everything the first view imports in one chunk, instead of the handful of small
          // shared chunks Rolldown cuts it into by default (each one more request, and a later
          // start, before the first row: measured, the first row of Deleted Orders 10k came
          // 20% sooner).
          codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
        },
      },
    },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      // `npm run test:mutation` judges the domain by the domain's own tests.
      include: process.env.MUTATION_DOMAIN_ONLY
        ? ['src/domain/**/*.test.ts']
        : ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
      restoreMocks: true,
      // Times are written in the browser's zone: tests that care name their zone, the rest run in UTC.
      env: { TZ: 'UTC' },
    },
  };
});
