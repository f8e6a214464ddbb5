/**
 * `npm run screenshots [-- ar ja …]`: every view of the production build (`npm run build` first)
 * in each language, at 390 and 1280 px, as PNGs in screenshots/ (not committed), to look at as a
 * buyer does. `--readme` also writes the README's Arabic screenshot (.github/order-restore-ar.png).
 */
import { mkdir } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, headlessExecutable } from './chromium.mjs';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const ZONES = {
  en: 'UTC',
  es: 'Europe/Madrid',
  'pt-BR': 'America/Sao_Paulo',
  fr: 'Europe/Paris',
  ar: 'Asia/Dubai',
  ja: 'Asia/Tokyo',
  pseudo: 'UTC',
};
const args = process.argv.slice(2);
const readme = args.includes('--readme');
const languages = args.filter((arg) => !arg.startsWith('--'));
const chosen = languages.length > 0 ? languages : ['ar', 'ja'];

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No preview server on ${BASE}`);
}

const ready = (page) => page.waitForFunction(() => window.orderRestoreMock?.isReady === true);

async function shoot(browser, lang, width) {
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 844 : 900 },
    locale: lang === 'pseudo' ? 'en-US' : lang,
    timezoneId: ZONES[lang] ?? 'UTC',
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const name = (view) => `screenshots/${lang}-${width}-${view}.png`;
  const open = async (path) => {
    const sep = path.includes('?') ? '&' : '?';
    await page.goto(`${BASE}${path}${sep}lang=${lang}&scenario=default&seed=1&reset=1&latency=0`);
    await ready(page);
    await page.waitForSelector('article', { timeout: 10_000 }).catch(() => undefined);
  };
  await open('/orders');
  await page.screenshot({ path: name('my-orders'), fullPage: width < 600 });
  await open('/orders/deleted');
  await page.screenshot({ path: name('deleted-orders'), fullPage: false });
  if (readme && lang === 'ar' && width === 390) {
    await page.screenshot({ path: '.github/order-restore-ar.png' });
  }
  // Three orders selected, the bar at the bottom.
  const boxes = page.getByRole('article').getByRole('checkbox');
  for (let i = 0; i < 3; i += 1) await boxes.nth(i).check();
  await page.screenshot({ path: name('selection'), fullPage: false });
  // The restore dialog for the selection, then its summary.
  await page.locator('.selection-bar button').last().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const reasons = dialog.getByRole('combobox');
  for (let i = 0; i < (await reasons.count()); i += 1)
    await reasons.nth(i).selectOption({ index: 1 });
  await page.screenshot({ path: name('restore-dialog') });
  await dialog.locator('button[type="submit"]').click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: name('restore-summary') });
  await page.keyboard.press('Escape');
  // One order's record.
  const first = page.getByRole('article').first();
  await first.getByRole('link').last().click();
  await page.waitForSelector('.timeline');
  await page.screenshot({ path: name('record'), fullPage: true });
  await context.close();
}

await mkdir('screenshots', { recursive: true });
await waitForServer();
const browser = await chromium.launch({
  ...(headlessExecutable ? { executablePath: headlessExecutable } : {}),
  args: chromiumArgs,
});
try {
  for (const lang of chosen) {
    for (const width of [390, 1280]) {
      await shoot(browser, lang, width);
      console.log(`${lang} ${width}px: screenshots/${lang}-${width}-*.png`);
    }
  }
} finally {
  await browser.close();
  stop();
}
