/**
 * The JavaScript each page a buyer lands on loads (gzip, as served), with and without the mock's
 * chunk, against the bare React page built with the same Vite config (the floor).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP, FLOOR, ROOT, round } from './common.mjs';

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
  const result = await ready(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { files: [...files], result };
}

function closure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

export async function measureJs(browser) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/.vite/manifest.json'), 'utf8'));
  const appFiles = closure(manifest, 'index.html');
  // The mock's chunks and the contract's (its schemas and zod, which load beside the first
  // request, after the first paint) are not the first view's code: a route's figure leaves them
  // out, except for the chunks the screen itself imports (a chunk of the domain's rules they
  // share, say), which it loads before its first paint with or without them.
  const contractKey = Object.keys(manifest).find((key) =>
    /(^|\/)contract[-.]/.test(manifest[key].file ?? ''),
  );
  const mockFiles = [...closure(manifest, 'mocks/browser.ts')].filter(
    (file) => !appFiles.has(file),
  );
  const contractFiles = contractKey
    ? [...closure(manifest, contractKey)].filter((file) => !appFiles.has(file))
    : [];
  // Nor what the page fetches once the first screen is drawn: the background work (the layout
  // loads it after the first paint), the outbox's sending code (which the background's start of
  // the outbox fetches) and the words of what no first paint shows (English's `later` part).
  const laterKeys = [
    'src/app/background.tsx',
    'src/api/outbox-send.ts',
    'src/locales/en/messages.po?part=later',
  ];
  const laterFiles = [...new Set(laterKeys.flatMap((key) => [...closure(manifest, key)]))].filter(
    (file) => !appFiles.has(file),
  );
  /** What the screen of `routeModule` needs before it renders: the main chunk's and its own imports. */
  const screenFiles = (routeModule) => closure(manifest, routeModule, new Set(appFiles));
  const notFirstView = (routeModule) => {
    const screen = screenFiles(routeModule);
    return new Set(
      [...mockFiles, ...contractFiles, ...laterFiles].filter((file) => !screen.has(file)),
    );
  };
  const floor = await loadedScripts(browser, `${FLOOR}/`, (page) =>
    page.getByText('Hello').waitFor(),
  );
  const floorJsGzipBytes = gzipTotal('dist-floor', floor.files);
  const orders = await loadedScripts(browser, `${APP}/orders?reset=1&latency=0`, async (page) => {
    const href = await page.locator('article a[href^="/orders/"]').first().getAttribute('href');
    return href.split('/').pop();
  });
  const ready = (page) => page.getByRole('article').first().waitFor();
  const routes = {
    orders,
    deleted: await loadedScripts(
      browser,
      `${APP}/orders/deleted?scenario=many-orders&reset=1&latency=0`,
      ready,
    ),
    record: await loadedScripts(browser, `${APP}/orders/${orders.result}?reset=1&latency=0`, ready),
  };
  const figures = {};
  const initialFiles = {};
  const routeModules = {
    orders: 'src/app/routes/my-orders-route.tsx',
    deleted: 'src/app/routes/deleted-orders-route.tsx',
    record: 'src/app/routes/order-details-route.tsx',
  };
  for (const [name, { files }] of Object.entries(routes)) {
    const excluded = notFirstView(routeModules[name]);
    const initial = files.filter((file) => !excluded.has(file));
    const bytes = gzipTotal('dist', initial);
    // /orders keeps the names the bench has always used for it.
    const prefix = name === 'orders' ? 'initial' : name;
    figures[`${prefix}JsGzipBytes`] = bytes;
    figures[`${name}JsWithMockGzipBytes`] = gzipTotal('dist', files);
    // Three decimals: two would round 1.7015 down to a budget of 1.7 it misses.
    figures[name === 'orders' ? 'jsRatio' : `${name}JsRatio`] = round(bytes / floorJsGzipBytes, 3);
    initialFiles[name] = initial;
  }
  figures.contractJsGzipBytes = gzipTotal('dist', contractFiles);
  figures.jsRatioWithContract = round(
    (figures.initialJsGzipBytes + figures.contractJsGzipBytes) / floorJsGzipBytes,
    2,
  );
  // Each language's catalog, all its parts together (src/i18n/catalog-parts.ts; product.md §10:
  // ≤ 12 kB gzip), and English's core part, the one every first view loads.
  const catalogFiles = (locale) =>
    Object.keys(manifest)
      .filter((key) => key.startsWith(`src/locales/${locale}/messages.po?part=`))
      .map((key) => manifest[key].file);
  for (const locale of ['es', 'pt-BR', 'fr', 'ar', 'ja']) {
    const files = catalogFiles(locale);
    figures[`catalog_${locale}_GzipBytes`] = files.length ? gzipTotal('dist', files) : null;
  }
  const englishCore = manifest['src/locales/en/messages.po?part=core']?.file;
  figures.catalogCoreEnGzipBytes = englishCore ? gzipTotal('dist', [englishCore]) : null;
  return {
    ...figures,
    laterJsGzipBytes: gzipTotal('dist', laterFiles),
    mockJsGzipBytes: gzipTotal('dist', mockFiles),
    floorJsGzipBytes,
    initialFiles,
  };
}
