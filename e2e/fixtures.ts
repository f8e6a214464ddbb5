/**
 * The base every flow uses: UTC and en-US, the mock's switches, an axe scan and a console guard
 * on every test by default, and helpers to move time. Import `test` and `expect` from here.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** The mock's start-up switches (product.md §6). */
export type Switches = {
  scenario?: string;
  seed?: number | string;
  /** Start from fresh seeded data; on by default so every test is independent. */
  reset?: boolean;
  /** Mock latency in ms; 0 by default in tests (the `slow` scenario keeps its own when left out). */
  latency?: number;
};

/** Console messages a test may provoke on purpose: Chromium logs every 4xx/5xx answer. */
const ALLOWED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of [45]\d\d/,
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type A11yOptions = { include?: string; disableRules?: string[] };

/** The options a Playwright project can set for these fixtures (see playwright.config.ts). */
export type FixtureOptions = {
  defaultScenario: string;
  expectedConsoleErrors: RegExp[];
  axeAfterEach: boolean;
};

type Fixtures = {
  /** Opens a path of the app with the mock's switches, and waits for the app to start. */
  openApp: (path: string, switches?: Switches) => Promise<void>;
  /** Scans the page (or part of it) with axe for WCAG 2.2 A and AA problems, now. */
  checkA11y: (options?: A11yOptions) => Promise<void>;
  /** Moves the page's clock forward; call `page.clock.install()` before `openApp` to use it. */
  moveTime: (by: number | string) => Promise<void>;
  /** Set to false with `test.use({ axeAfterEach: false })` where a test ends on a page axe cannot judge. */
  axeAfterEach: boolean;
  /** Console errors a test provokes on purpose, e.g. `[/net::ERR_FAILED/]` for a lost answer. */
  expectedConsoleErrors: RegExp[];
  /** The scenario `openApp` uses when a test names none (the "flaky" project sets `flaky`). */
  defaultScenario: string;
  /** Runs on every test: fails it on an unexpected console error or page error. */
  consoleGuard: void;
  /** Runs on every test: an axe scan of the page as the test left it. */
  axeGuard: void;
};

export function switchesQuery(switches: Switches = {}): string {
  const params = new URLSearchParams();
  params.set('scenario', switches.scenario ?? 'default');
  params.set('seed', String(switches.seed ?? 1));
  if (switches.reset ?? true) params.set('reset', '1');
  if (switches.latency !== undefined || switches.scenario !== 'slow')
    params.set('latency', String(switches.latency ?? 0));
  return params.toString();
}

/** A page notice (a seller's answer, a reset) by its words. */
export function notice(page: Page, text: string | RegExp) {
  return page.getByRole('status').filter({ hasText: text });
}

export async function openApp(page: Page, path: string, switches?: Switches): Promise<void> {
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${separator}${switchesQuery(switches)}`);
  await expect(page.getByRole('navigation', { name: 'Orders' })).toBeVisible();
}

export async function scanA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  if (options.disableRules) builder = builder.disableRules(options.disableRules);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, 'axe found accessibility problems').toEqual([]);
}

export const test = base.extend<Fixtures>({
  openApp: async ({ page, defaultScenario }, use) => {
    await use((path, switches) => openApp(page, path, { scenario: defaultScenario, ...switches }));
  },
  checkA11y: async ({ page }, use) => {
    await use((options) => scanA11y(page, options));
  },
  moveTime: async ({ page }, use) => {
    await use(async (by) => {
      await page.clock.fastForward(by);
    });
  },
  axeAfterEach: [true, { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  defaultScenario: ['default', { option: true }],
  consoleGuard: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      const allowed = [...ALLOWED_CONSOLE_ERRORS, ...expectedConsoleErrors];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'unexpected console errors').toEqual([]);
    },
    { auto: true },
  ],
  axeGuard: [
    async ({ page, axeAfterEach }, use, testInfo) => {
      await use();
      const opened = page.url().startsWith('http');
      if (
        axeAfterEach &&
        opened &&
        testInfo.status === testInfo.expectedStatus &&
        !page.isClosed()
      ) {
        await scanA11y(page);
      }
    },
    { auto: true },
  ],
});
