#!/usr/bin/env node
/**
 * npm run bench — the speed figures of issue 11, measured against their floors in the same run.
 *
 * Builds the production app and a bare React page with the same Vite config, serves both with
 * `vite preview`, drives Chromium with Playwright (and Lighthouse 12.2.3), and prints a table and
 * then one JSON object as its last line. Every figure is the median of RUNS runs after a warm-up.
 * No assertion: the budgets are printed next to the figures.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = new URL('..', import.meta.url).pathname;
const APP_PORT = 4181;
const FLOOR_PORT = 4182;
const APP = `http://127.0.0.1:${APP_PORT}`;
const FLOOR = `http://127.0.0.1:${FLOOR_PORT}`;

const BUDGETS = {
  jsRatio: ['≤', 1.8],
  renderRatio: ['≤', 2.0],
  selectAllMs: ['≤', 100],
  bulkRestoreMs: ['≤', 1500],
  scrollLongTasks: ['=', 0],
  lighthousePerformance: ['≥', 90],
  lighthouseAccessibility: ['=', 100],
};

const log = (...parts) => console.error(...parts);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 0) => Number(value.toFixed(digits));

function build() {
  log('Building the app and the floor page…');
  const env = { ...process.env, VITE_API_BASE_URL: '' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...env, BENCH_FLOOR: '1', BUILD_OUT_DIR: join(ROOT, 'dist-floor') },
    stdio: 'inherit',
  });
}

function serve(outDir, port) {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  );
  return child;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not start`);
}

/** The gzip size of these files of a build folder, together. */
const gzipTotal = (outDir, files) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(ROOT, outDir, file))).length, 0);

/** The JS files a page loads, as paths under its dist folder. */
async function loadedScripts(browser, url, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js') && path !== '/mockServiceWorker.js') files.add(path.slice(1));
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files];
}

function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

async function measureJs(browser) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/.vite/manifest.json'), 'utf8'));
  const appFiles = closure(manifest, 'index.html');
  const mockFiles = [...closure(manifest, 'mocks/browser.ts')].filter(
    (file) => !appFiles.has(file),
  );
  const loaded = await loadedScripts(browser, `${APP}/orders?reset=1&latency=0`, (page) =>
    page.getByRole('article').first().waitFor(),
  );
  const initial = loaded.filter((file) => !mockFiles.includes(file));
  const floorLoaded = await loadedScripts(browser, `${FLOOR}/`, (page) =>
    page.getByText('Hello').waitFor(),
  );
  const initialJsGzipBytes = gzipTotal('dist', initial);
  const mockJsGzipBytes = gzipTotal('dist', mockFiles);
  const floorJsGzipBytes = gzipTotal('dist-floor', floorLoaded);
  return {
    initialJsGzipBytes,
    mockJsGzipBytes,
    floorJsGzipBytes,
    jsRatio: round(initialJsGzipBytes / floorJsGzipBytes, 2),
    initialFiles: initial,
  };
}

/** Records, in the page, when the first order row is in the DOM and painted (ms since navigation start). */
const FIRST_ROW_PROBE = () => {
  const done = (at) => {
    window.__firstRowMs = at;
  };
  const check = () => {
    const row = document.querySelector('article');
    if (!row) return false;
    requestAnimationFrame(() => done(performance.now()));
    return true;
  };
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  document.addEventListener('DOMContentLoaded', () => {
    if (!check()) observer.observe(document.body, { childList: true, subtree: true });
  });
};

async function firstRow(page, url) {
  // Every measured load starts from a blank page, so the previous page's teardown is not counted.
  await page.goto('about:blank');
  await page.goto(url);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.waitForFunction(() => typeof window.__firstRowMs === 'number', undefined, {
        timeout: 60_000,
      });
      return await page.evaluate(() => window.__firstRowMs);
    } catch (error) {
      // MSW reloads a page its worker does not control yet; measure the reloaded page then.
      if (attempt > 2 || !String(error).includes('context was destroyed')) throw error;
    }
  }
}

async function measureFirstRow(browser) {
  const many = `${APP}/orders/deleted?scenario=many-orders&reset=1&latency=0`;
  // Cold: a first visit, no service worker, no stored data.
  const cold = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const context = await browser.newContext();
    await context.addInitScript(FIRST_ROW_PROBE);
    const page = await context.newPage();
    const ms = await firstRow(page, many);
    if (run > 0) cold.push(ms);
    await context.close();
  }
  // Warm: the same buyer coming back (service worker installed, data stored).
  const context = await browser.newContext();
  await context.addInitScript(FIRST_ROW_PROBE);
  const page = await context.newPage();
  await firstRow(page, many);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await firstRow(page, `${APP}/orders/deleted`);
  await page.waitForLoadState('networkidle');
  const warm = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const ms = await firstRow(page, `${APP}/orders/deleted`);
    if (run > 0) warm.push(ms);
  }
  // The floor: that same first screen as static HTML with the same CSS, loaded the same way.
  await page.getByRole('article').first().waitFor();
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    copy
      .querySelectorAll('script, link[rel="modulepreload"], meta[http-equiv]')
      .forEach((node) => node.remove());
    return `<!doctype html>${copy.outerHTML}`;
  });
  writeFileSync(join(ROOT, 'dist', 'bench-static.html'), html);
  const staticRuns = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const ms = await firstRow(page, `${APP}/bench-static.html`);
    if (run > 0) staticRuns.push(ms);
  }
  await context.close();
  const firstRowMs = round(median(warm));
  const staticFirstRowMs = round(median(staticRuns), 1);
  return {
    firstRowMs,
    coldFirstRowMs: round(median(cold)),
    staticFirstRowMs,
    renderRatio: round(firstRowMs / staticFirstRowMs, 2),
  };
}

async function openMany(browser, reset) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${APP}/orders/deleted?scenario=many-orders${reset ? '&reset=1' : ''}&latency=0`);
  await page.getByRole('article').first().waitFor();
  return { context, page };
}

async function measureSelectAll(browser) {
  const { context, page } = await openMany(browser, true);
  const runs = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const box = [...document.querySelectorAll('input[type=checkbox]')].find(
            (input) => input.labels?.[0]?.textContent?.trim() === 'Select all',
          );
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.body.textContent?.includes('All 10,000 orders selected')) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          box.click();
        }),
    );
    if (run > 0) runs.push(ms);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByRole('region', { name: 'Selected orders' }).waitFor({ state: 'detached' });
  }
  await context.close();
  return { selectAllMs: round(median(runs), 1) };
}

/** A search whose restorable orders come closest to 1,000 (one store's orders). */
async function thousandQuery(page) {
  const stores = [
    'Aurora',
    'Kestrel',
    'Maple',
    'Nordlicht',
    'Sakura',
    'Vistula',
    'Bargain',
    'Pixel',
  ];
  let best = { q: stores[0], count: 0 };
  for (const q of stores) {
    const counts = await page.evaluate(
      async (store) =>
        (await (await fetch(`/api/orders/counts?q=${store}`)).json()).deleted.restorable,
      q,
    );
    if (Math.abs(counts - 1000) < Math.abs(best.count - 1000)) best = { q, count: counts };
  }
  return best;
}

async function measureBulkRestore(browser) {
  const runs = [];
  let orders = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const { context, page } = await openMany(browser, true);
    const { q, count } = await thousandQuery(page);
    orders = count;
    await page.goto(`${APP}/orders/deleted?filter=restorable&q=${q}`);
    await page.getByRole('article').first().waitFor();
    await page.getByRole('checkbox', { name: 'Select all' }).check();
    await page.getByRole('button', { name: /^Restore selected orders/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().waitFor();
    for (const name of ['Reason for unpaid orders', 'Reason for paid orders', 'Reason']) {
      const select = dialog.getByRole('combobox', { name, exact: true });
      if (await select.count()) await select.selectOption({ index: 1 });
    }
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const submit = [...document.querySelectorAll('dialog button')].find(
            (button) => button.textContent === 'Submit',
          );
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (
              [...document.querySelectorAll('dialog button')].some(
                (button) => button.textContent === 'Dismiss',
              )
            ) {
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - start));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          submit.click();
        }),
    );
    if (run > 0) runs.push(ms);
    await context.close();
  }
  return { bulkRestoreMs: round(median(runs)), bulkRestoreOrders: orders };
}

async function measureScroll(browser) {
  const runs = [];
  for (let run = 0; run <= Math.min(RUNS, 3); run += 1) {
    const { context, page } = await openMany(browser, run === 0);
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const long = [];
          const observer = new PerformanceObserver((list) =>
            long.push(...list.getEntries().map((entry) => entry.duration)),
          );
          observer.observe({ type: 'longtask' });
          let stillFor = 0;
          let lastHeight = 0;
          const step = () => {
            window.scrollBy(0, window.innerHeight * 2);
            const atBottom =
              window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
            const height = document.documentElement.scrollHeight;
            stillFor = atBottom && height === lastHeight ? stillFor + 1 : 0;
            lastHeight = height;
            if (stillFor > 90) {
              observer.disconnect();
              const rows = [...document.querySelectorAll('li[aria-posinset]')].map((row) =>
                Number(row.getAttribute('aria-posinset')),
              );
              resolve({
                longTasks: long.length,
                longest: Math.max(0, ...long),
                rows: Math.max(0, ...rows),
              });
            } else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    if (run > 0) runs.push(result);
    await context.close();
  }
  return {
    scrollLongTasks: median(runs.map((r) => r.longTasks)),
    scrollLongestTaskMs: round(median(runs.map((r) => r.longest))),
    scrollRowsReached: Number(runs[0]?.rows ?? 0),
  };
}

async function measureLighthouse() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const performance = [];
  const accessibility = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumExecutable,
      chromeFlags: ['--headless=new', ...chromiumArgs],
    });
    try {
      const result = await lighthouse(`${APP}/orders`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (run > 0) {
        performance.push(Math.round(result.lhr.categories.performance.score * 100));
        accessibility.push(Math.round(result.lhr.categories.accessibility.score * 100));
      }
    } finally {
      await chrome.kill();
    }
  }
  return {
    lighthousePerformance: median(performance),
    lighthouseAccessibility: median(accessibility),
  };
}

function verdict(key, value) {
  const budget = BUDGETS[key];
  if (!budget) return '';
  const [op, limit] = budget;
  const ok = op === '≤' ? value <= limit : op === '≥' ? value >= limit : value === limit;
  return `${ok ? 'ok  ' : 'MISS'} (budget ${op} ${limit})`;
}

async function main() {
  build();
  const servers = [serve('dist', APP_PORT), serve('dist-floor', FLOOR_PORT)];
  const stop = () =>
    servers.forEach((child) => {
      try {
        process.kill(-child.pid);
      } catch {
        /* gone */
      }
    });
  process.on('exit', stop);
  try {
    await waitForServer(APP);
    await waitForServer(FLOOR);
    const browser = await chromium.launch({
      executablePath: chromiumExecutable,
      args: chromiumArgs,
    });
    const figures = { initialFiles: [] };
    // BENCH_ONLY=firstRow,scroll measures only those (for profiling); the default is everything.
    const only = process.env.BENCH_ONLY?.split(',');
    const steps = [
      ['js', 'JavaScript sizes…', () => measureJs(browser)],
      ['firstRow', 'First row on 10,000 orders…', () => measureFirstRow(browser)],
      ['selectAll', 'Select all…', () => measureSelectAll(browser)],
      ['bulk', 'Bulk restore…', () => measureBulkRestore(browser)],
      ['scroll', 'Scrolling 10,000 orders…', () => measureScroll(browser)],
      ['lighthouse', 'Lighthouse (mobile)…', () => measureLighthouse()],
    ];
    for (const [name, label, measure] of steps) {
      if (only && !only.includes(name)) continue;
      log(label);
      Object.assign(figures, await measure());
    }
    await browser.close();
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const { initialFiles, ...result } = figures;
    const rows = Object.entries(result).map(
      ([key, value]) => `${key.padEnd(26)} ${String(value).padStart(10)}  ${verdict(key, value)}`,
    );
    console.log(`Order Restore bench — median of ${RUNS} runs after a warm-up — ${machine}`);
    console.log(`initial JS files: ${initialFiles.join(', ')}`);
    console.log(rows.join('\n'));
    console.log(JSON.stringify({ ...result, runs: RUNS, machine }));
  } finally {
    stop();
    rmSync(join(ROOT, 'dist', 'bench-static.html'), { force: true });
  }
}

await main();
