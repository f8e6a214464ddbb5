/**
 * The interaction figures on Deleted Orders with 10,000 orders: "Select all", restoring about
 * 1,000 selected orders, and the long tasks while scrolling all 10,000. Each takes the CPU
 * slowdown `rate` (1, or THROTTLE for the margin column) and returns its figures under keys that
 * end in `suffix` ('' or '4x').
 */
import { APP, median, newPage, round, RUNS } from './common.mjs';

export async function openMany(browser, reset, rate = 1) {
  const { context, page } = await newPage(browser, rate, {
    viewport: { width: 1280, height: 900 },
  });
  await page.goto(`${APP}/orders/deleted?scenario=many-orders${reset ? '&reset=1' : ''}&latency=0`);
  await page.getByRole('article').first().waitFor();
  return { context, page };
}

export async function measureSelectAll(browser, rate = 1, suffix = '') {
  const { context, page } = await openMany(browser, true, rate);
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
  return { [`selectAllMs${suffix}`]: round(median(runs), 1) };
}

/** A search whose restorable orders come closest to 1,000 (one store's orders). */
export async function thousandQuery(page) {
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

export async function measureBulkRestore(browser, rate = 1, suffix = '') {
  const runs = [];
  let orders = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const { context, page } = await openMany(browser, true, rate);
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
  return { [`bulkRestoreMs${suffix}`]: round(median(runs)), bulkRestoreOrders: orders };
}

/**
 * Scrolls, two screens a frame, until the list's last order (its `aria-posinset` equals its
 * `aria-setsize`) has been on screen for 90 frames. The end is the last order, not the page's
 * bottom: a page still on its way leaves the page at its bottom for a while, and on a fast frame
 * rate that had ended a run at the first page. Gives up after 20,000 frames.
 */
export const SCROLL_TO_BOTTOM = () =>
  new Promise((resolve) => {
    const long = [];
    const observer = new PerformanceObserver((list) => long.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    let stillFor = 0;
    let frames = 0;
    const lastShown = () => {
      const rows = document.querySelectorAll('li[aria-posinset]');
      const last = rows[rows.length - 1];
      return (
        last !== undefined &&
        last.getAttribute('aria-posinset') === last.getAttribute('aria-setsize')
      );
    };
    const step = () => {
      window.scrollBy(0, window.innerHeight * 2);
      frames += 1;
      const atBottom =
        window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      stillFor = atBottom && lastShown() ? stillFor + 1 : 0;
      if (stillFor > 90 || frames > 20_000) {
        observer.disconnect();
        const rows = [...document.querySelectorAll('li[aria-posinset]')].map((row) =>
          Number(row.getAttribute('aria-posinset')),
        );
        resolve({
          longTasks: long.length,
          longest: Math.max(0, ...long.map((entry) => entry.duration)),
          rows: Math.max(0, ...rows),
          // When each long task began and how long it took, for the profile (BENCH_PROFILE=1).
          tasks: long.map((entry) => [Math.round(entry.startTime), Math.round(entry.duration)]),
        });
      } else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });

export async function measureScroll(browser, rate = 1, suffix = '') {
  const runs = [];
  for (let run = 0; run <= Math.min(RUNS, 3); run += 1) {
    const { context, page } = await openMany(browser, run === 0, rate);
    const result = await page.evaluate(SCROLL_TO_BOTTOM);
    if (run > 0) runs.push(result);
    await context.close();
  }
  return {
    [`scrollLongTasks${suffix}`]: median(runs.map((r) => r.longTasks)),
    [`scrollLongestTaskMs${suffix}`]: round(median(runs.map((r) => r.longest))),
    [`scrollRowsReached${suffix}`]: Number(runs[0]?.rows ?? 0),
  };
}
