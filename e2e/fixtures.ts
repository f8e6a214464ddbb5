import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** The mock's start-up switches (product.md §6). */
export type Switches = {
  scenario?: string;
  seed?: number | string;
  /** Start from fresh seeded data; on by default so every test is independent. */
  reset?: boolean;
  /** Mock latency in ms; 0 by default in tests. */
  latency?: number;
};

/** Console messages a test may provoke on purpose: Chromium logs every 4xx/5xx answer. */
const ALLOWED_CONSOLE_ERRORS = [
  /^Failed to load resource: the server responded with a status of [45]\d\d/,
];

type Fixtures = {
  /** Opens a path of the app with the mock's switches, and waits for the app to start. */
  openApp: (path: string, switches?: Switches) => Promise<void>;
  /** Scans the page (or part of it) with axe for WCAG 2.2 A and AA problems. */
  checkA11y: (options?: { include?: string; disableRules?: string[] }) => Promise<void>;
  /** Fails the test on an unexpected console error or page error. */
  consoleGuard: void;
};

export function switchesQuery(switches: Switches = {}): string {
  const params = new URLSearchParams();
  params.set('scenario', switches.scenario ?? 'default');
  params.set('seed', String(switches.seed ?? 1));
  if (switches.reset ?? true) params.set('reset', '1');
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

export const test = base.extend<Fixtures>({
  openApp: async ({ page }, use) => {
    await use((path, switches) => openApp(page, path, switches));
  },
  checkA11y: async ({ page }, use) => {
    await use(async (options = {}) => {
      let builder = new AxeBuilder({ page }).withTags([
        'wcag2a',
        'wcag2aa',
        'wcag21a',
        'wcag21aa',
        'wcag22aa',
      ]);
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
    });
  },
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!ALLOWED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'unexpected console errors').toEqual([]);
    },
    { auto: true },
  ],
});
