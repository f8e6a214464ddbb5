import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import type { FixtureOptions } from './e2e/fixtures';
import { chromiumArgs, headlessExecutable } from './scripts/chromium.mjs';

const PORT = 4173;
const baseURL = `http://127.0.0.1:${PORT}`;
const NO_BACKEND_PORT = 4174;
const NO_BACKEND_URL = `http://127.0.0.1:${NO_BACKEND_PORT}`;
/** Port 9 (discard) has nothing listening: a real backend that is down. */
const DOWN_BACKEND = 'http://127.0.0.1:9';
/** `npm run api` (the same handlers over HTTP), and the app built to call it. */
const LIVE_API = 'http://127.0.0.1:8787';
const LIVE_APP_PORT = 4175;
const LIVE_APP_URL = `http://127.0.0.1:${LIVE_APP_PORT}`;
const OWN_PROJECT_SPECS = ['no-backend.spec.ts', 'live-api.spec.ts'];
/** The main journeys, also in Arabic (right to left) and Japanese, each in a zone of its own. */
const LANGUAGE_SPECS = 'languages.spec.ts';

export default defineConfig<FixtureOptions>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // At least two: Playwright's default (half the cores) is one worker on a two-core machine, and
  // the flows that wait (for latency, retries) leave the second core free; measured, two workers
  // run the suite in 4.3 min against 5.4 with one (issue 17's closing note).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  // Each flow as it ends, then the summary (count, slowest five, total); the HTML report keeps
  // the traces of failures (playwright-report/, `npx playwright show-report`).
  reporter: [['list'], ['./e2e/summary-reporter.ts'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    timezoneId: 'UTC',
    locale: 'en-US',
    serviceWorkers: 'allow',
    // A trace of every failure: its actions, console, network and errors (with the failure's
    // screenshot and accessibility snapshot beside it). The screencast and DOM snapshots are left
    // out: recording them for every flow cost 40% of the suite's CPU. For those, run one flow
    // again with `--trace=on`.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(headlessExecutable ? { executablePath: headlessExecutable } : {}),
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: OWN_PROJECT_SPECS },
    {
      // The flows that change something, again on the flaky mock: some changes fail with 503
      // before applying, some lose their answer, some reads fail. They must still complete
      // (retries with the same key). A flow joins with the tag @faults.
      name: 'flaky',
      use: {
        ...devices['Desktop Chrome'],
        defaultScenario: 'flaky',
        expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/],
      },
      grep: /@faults/,
      testIgnore: [...OWN_PROJECT_SPECS, 'mock-switches.spec.ts', 'accessibility.spec.ts'],
    },
    {
      name: 'arabic',
      use: { ...devices['Desktop Chrome'], locale: 'ar', timezoneId: 'Asia/Dubai' },
      testMatch: LANGUAGE_SPECS,
    },
    {
      name: 'japanese',
      use: { ...devices['Desktop Chrome'], locale: 'ja', timezoneId: 'Asia/Tokyo' },
      testMatch: LANGUAGE_SPECS,
    },
    {
      // A build for a real backend whose server is down: what buyers see when it cannot be reached.
      name: 'no-backend',
      use: { ...devices['Desktop Chrome'], baseURL: NO_BACKEND_URL },
      testMatch: 'no-backend.spec.ts',
    },
    {
      // A build for a real backend, against `npm run api` over HTTP: the main journeys, no MSW.
      name: 'live-api',
      use: { ...devices['Desktop Chrome'], baseURL: LIVE_APP_URL },
      testMatch: 'live-api.spec.ts',
    },
  ],
  webServer: [
    {
      // The production build, as buyers get it (the demo build includes the mock).
      command: 'npm run build && npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
      url: baseURL,
      // A server already on the port is reused only when asked, so a stale build never slips in.
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 120_000,
    },
    {
      command: `VITE_API_BASE_URL=${DOWN_BACKEND} BUILD_OUT_DIR=dist-no-backend npx vite build --logLevel error && npx vite preview --outDir dist-no-backend --host 127.0.0.1 --port ${NO_BACKEND_PORT} --strictPort`,
      url: NO_BACKEND_URL,
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 120_000,
    },
    {
      // Its data in a folder of its own, so a developer's `npm run api` data is left alone.
      command: 'npm run api',
      env: { PORT: '8787', DATA_DIR: '.data/e2e-live-api', QUIET: '1', CORS_ORIGINS: LIVE_APP_URL },
      url: `${LIVE_API}/api/orders/counts`,
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 60_000,
    },
    {
      command: `VITE_API_BASE_URL=${LIVE_API} BUILD_OUT_DIR=dist-live-api npx vite build --logLevel error && npx vite preview --outDir dist-live-api --host 127.0.0.1 --port ${LIVE_APP_PORT} --strictPort`,
      url: LIVE_APP_URL,
      reuseExistingServer: process.env.PW_REUSE_SERVER === '1',
      timeout: 120_000,
    },
  ],
});
