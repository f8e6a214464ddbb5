/**
 * The first row a buyer sees, as painted, on every page they land on: My Orders, Deleted Orders
 * with 10,000 orders and an order's record, on a first visit and on a return, and the same
 * screen as static HTML (the floor, and the machine's own speed).
 *
 * "Painted" is the Element Timing API: src/ sets no `elementtiming` attribute, so the probe below
 * (an init script, outside the product) sets it on the first `article` (a list's first row, or
 * the loaded order record) and on everything inside it from a MutationObserver callback, which
 * runs in the microtask after React's commit, before the frame that paints it. The figure is the
 * earliest `renderTime` among those elements' entries: when that frame was presented. The time of
 * the first animation frame after insertion (how the bench measured before) is kept as `frame`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP, MANY, ROOT, median, newPage, round, runs } from './common.mjs';

const FIRST_ROW_PROBE = () => {
  window.__firstRow = {};
  const paints = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.identifier === 'bench-first-row') paints.push(entry.renderTime || entry.loadTime);
    if (paints.length) window.__firstRow.paint = Math.min(...paints);
  }).observe({ type: 'element', buffered: true });
  const observer = new MutationObserver(() => {
    const row = document.querySelector('article');
    if (!row) return;
    observer.disconnect();
    for (const element of [row, ...row.querySelectorAll('*')])
      element.setAttribute('elementtiming', 'bench-first-row');
    window.__firstRow.inserted = performance.now();
    requestAnimationFrame(() => {
      window.__firstRow.frame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** { paint, frame } of the first row at `url`, loaded from a blank page. */
async function firstRow(page, url) {
  // Every measured load starts from a blank page, so the previous page's teardown is not counted.
  await page.goto('about:blank');
  await page.goto(url);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await page.waitForFunction(
        () =>
          typeof window.__firstRow?.paint === 'number' &&
          typeof window.__firstRow?.frame === 'number',
        undefined,
        { timeout: 60_000 },
      );
      return await page.evaluate(() => window.__firstRow);
    } catch (error) {
      // MSW reloads a page its worker does not control yet; measure the reloaded page then.
      if (attempt > 2 || !String(error).includes('context was destroyed')) throw error;
    }
  }
}

async function probedPage(browser, rate) {
  const { context, page } = await newPage(browser, rate);
  await context.addInitScript(FIRST_ROW_PROBE);
  return { context, page };
}

/** First visits: a new context each time, no service worker, no stored data. */
async function cold(browser, rate, url) {
  return runs(async () => {
    const { context, page } = await probedPage(browser, rate);
    const result = await firstRow(page, url);
    await context.close();
    return result;
  });
}

/** Returns: one buyer who opened `setup` once, opening `url` again and again. */
async function warm(page, setup, url) {
  await firstRow(page, setup);
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await firstRow(page, url);
  await page.waitForLoadState('networkidle');
  return runs(() => firstRow(page, url));
}

const summary = (results) => ({
  paint: round(median(results.map((r) => r.paint)), 1),
  frame: round(median(results.map((r) => r.frame)), 1),
});

/** The id of the first order on My Orders (default data), for the record's page. */
async function firstOrderId(browser) {
  const { context, page } = await newPage(browser, 1);
  await page.goto(`${APP}/orders?reset=1&latency=0`);
  const href = await page.locator('article a[href^="/orders/"]').first().getAttribute('href');
  await context.close();
  return href.split('/').pop();
}

/** Every first-row figure at CPU slowdown `rate`, with `suffix` on its keys ('' or '4x'). */
export async function measureFirstRows(browser, rate, suffix) {
  const id = await firstOrderId(browser);
  const pages = {
    orders: [`${APP}/orders?reset=1&latency=0`, `${APP}/orders`],
    record: [`${APP}/orders/${id}?reset=1&latency=0`, `${APP}/orders/${id}`],
    many: [MANY, `${APP}/orders/deleted`],
  };
  const figures = {};
  for (const [name, [first, again]] of Object.entries(pages)) {
    figures[name] = { cold: summary(await cold(browser, rate, first)) };
    const { context, page } = await probedPage(browser, rate);
    figures[name].warm = summary(await warm(page, first, again));
    if (name === 'many') {
      // The floor: that same first screen as static HTML with the same CSS, loaded the same way.
      await page.getByRole('article').first().waitFor();
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true);
        copy
          .querySelectorAll('script, link[rel="modulepreload"], meta[http-equiv]')
          .forEach((node) => node.remove());
        copy
          .querySelectorAll('[elementtiming]')
          .forEach((node) => node.removeAttribute('elementtiming'));
        return `<!doctype html>${copy.outerHTML}`;
      });
      writeFileSync(join(ROOT, 'dist', 'bench-static.html'), html);
      figures.static = summary(await runs(() => firstRow(page, `${APP}/bench-static.html`)));
    }
    await context.close();
  }
  const s = suffix;
  const staticMs = figures.static.paint;
  return {
    [`staticFirstRowMs${s}`]: staticMs,
    [`ordersFirstRowMs${s}`]: figures.orders.warm.paint,
    [`ordersColdFirstRowMs${s}`]: figures.orders.cold.paint,
    [`recordFirstRowMs${s}`]: figures.record.warm.paint,
    [`recordColdFirstRowMs${s}`]: figures.record.cold.paint,
    [`firstRowMs${s}`]: figures.many.warm.paint,
    [`coldFirstRowMs${s}`]: figures.many.cold.paint,
    [`renderRatio${s}`]: round(figures.many.warm.paint / staticMs, 2),
    [`coldRenderRatio${s}`]: round(figures.many.cold.paint / staticMs, 2),
    // The old measure (the first animation frame after the row is inserted), for comparison.
    [`firstRowFrameMs${s}`]: figures.many.warm.frame,
    [`coldFirstRowFrameMs${s}`]: figures.many.cold.frame,
    [`staticFirstRowFrameMs${s}`]: figures.static.frame,
  };
}
