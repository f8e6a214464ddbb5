/**
 * The base every flow uses: UTC and en-US, the mock's switches and its readiness signal, a
 * console guard on every test, the mock's per-test control, axe on demand, and helpers to move
 * time. Import `test` and `expect` from here. (Each distinct view is scanned with axe once, in
 * e2e/accessibility.spec.ts, rather than after every test.)
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { FaultSpec, OrderSpec, ReceivedRequest } from '../mocks/qa';
import type { JournalEntry } from '../mocks/storage';
import { words } from './words';

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
};

type Fixtures = {
  /** Opens a path of the app with the mock's switches, and waits for the app to start. */
  openApp: (path: string, switches?: Switches) => Promise<void>;
  /** Scans the page (or part of it) with axe for WCAG 2.2 A and AA problems, now. */
  checkA11y: (options?: A11yOptions) => Promise<void>;
  /** Moves the page's clock forward; call `page.clock.install()` before `openApp` to use it. */
  moveTime: (by: number | string) => Promise<void>;
  /** The mock's per-test control (faults, orders in a given state, what it received). */
  mock: MockControl;
  /** Console errors a test provokes on purpose, e.g. `[/net::ERR_FAILED/]` for a lost answer. */
  expectedConsoleErrors: RegExp[];
  /** The scenario `openApp` uses when a test names none (the "flaky" project sets `flaky`). */
  defaultScenario: string;
  /** Runs on every test: fails it on an unexpected console error or page error. */
  consoleGuard: void;
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
  await expect(page.getByRole('navigation', { name: words()('Orders') })).toBeVisible();
  await backendReady(page);
}

/**
 * The demo's one readiness signal (README, "Writing a QA flow"): once it holds, the in-browser
 * mock answers every request of the page, the app's own and a flow's `fetch('/api/…')` alike.
 */
/** From now on this page's localStorage refuses every write whose key starts with `prefix` (a full disk). */
export async function fillStorage(page: Page, prefix: string): Promise<void> {
  await page.evaluate((keyPrefix) => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the storage as `this`
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.startsWith(keyPrefix)) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      setItem.call(this, key, value);
    };
  }, prefix);
}

/**
 * Fault injection in the page: the next restore request reaches the server with `orderId`'s
 * reason swapped for one the server refuses for it (a paid reason on an unpaid order), as a server
 * bug or a stale client would send it. Works with any backend, the in-page mock or a real one.
 */
export async function refuseNextRestoreOf(page: Page, orderId: string): Promise<void> {
  await page.evaluate((target) => {
    const realFetch = window.fetch.bind(window);
    let armed = true;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (armed && url.endsWith('/api/restore-requests') && typeof init?.body === 'string') {
        armed = false;
        const body = JSON.parse(init.body) as { items: Array<{ orderId: string; reason: string }> };
        body.items = body.items.map((item) =>
          item.orderId === target ? { ...item, reason: 'product_issue' } : item,
        );
        return realFetch(input, { ...init, body: JSON.stringify(body) });
      }
      return realFetch(input, init);
    };
  }, orderId);
}

export async function backendReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.orderRestoreMock?.isReady === true);
}

/** QA's control of the mock from a flow: faults, orders in a given state, what it received. */
export type MockControl = {
  /** The next calls of `route` ("POST /api/restore-requests", "GET /api/orders/:id") answer `status`. */
  fail(
    route: string,
    options: { status: number; code?: string; times?: number; orderId?: string },
  ): Promise<void>;
  /** The next calls are applied (a change) but their answer never arrives. */
  loseAnswer(route: string, options?: { times?: number; orderId?: string }): Promise<void>;
  /** The next calls are answered `ms` later. */
  delay(route: string, options: { ms: number; times?: number; orderId?: string }): Promise<void>;
  clearFaults(): Promise<void>;
  /** Puts orders of this spec in the data (`orders.cancelled({ … })` from mocks/qa.ts). */
  put(spec: OrderSpec, count?: number): Promise<string[]>;
  /** What this tab's backend received, oldest first (optionally only `route`). */
  requests(route?: string): Promise<ReceivedRequest[]>;
  /** The changes the backend recorded, oldest first. */
  journal(): Promise<JournalEntry[]>;
};

export function mockControl(page: Page): MockControl {
  const fail = async (spec: FaultSpec) => {
    await backendReady(page);
    await page.evaluate((value) => void window.orderRestoreMock!.fail(value), spec);
  };
  const pick = (options: { times?: number; orderId?: string } = {}) => ({
    ...(options.times === undefined ? {} : { times: options.times }),
    ...(options.orderId === undefined ? {} : { orderId: options.orderId }),
  });
  return {
    fail: (route, options) =>
      fail({
        route,
        ...pick(options),
        fault: {
          kind: 'status',
          status: options.status,
          ...(options.code === undefined ? {} : { code: options.code }),
        },
      }),
    loseAnswer: (route, options) =>
      fail({ route, ...pick(options), fault: { kind: 'lose-answer' } }),
    delay: (route, options) =>
      fail({ route, ...pick(options), fault: { kind: 'delay', ms: options.ms } }),
    clearFaults: async () => {
      await backendReady(page);
      await page.evaluate(() => window.orderRestoreMock!.clearFaults());
    },
    put: async (spec, count = 1) => {
      await backendReady(page);
      return page.evaluate(({ spec, count }) => window.orderRestoreMock!.put(spec, count), {
        spec,
        count,
      });
    },
    requests: async (route) => {
      await backendReady(page);
      return page.evaluate((value) => window.orderRestoreMock!.requests(value), route);
    },
    journal: async () => {
      await backendReady(page);
      return page.evaluate(() => window.orderRestoreMock!.journal());
    },
  };
}

export async function scanA11y(page: Page, options: A11yOptions = {}): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a blank page per scan to merge the
  // results of cross-origin frames, which this app has none of (a second per scan on two cores).
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true);
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
  mock: async ({ page }, use) => {
    await use(mockControl(page));
  },
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
});
