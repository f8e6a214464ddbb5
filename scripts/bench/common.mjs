/** What every step of `npm run bench` shares: the servers' addresses, medians, CPU throttling. */
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const ROOT = new URL('../..', import.meta.url).pathname;
export const APP_PORT = 4181;
export const FLOOR_PORT = 4182;
export const APP = `http://127.0.0.1:${APP_PORT}`;
export const FLOOR = `http://127.0.0.1:${FLOOR_PORT}`;
/** Chromium's CPU slowdown for the "margin" column, as Lighthouse's mobile profile assumes. */
export const THROTTLE = 4;
/** Deleted Orders with 10,000 orders, the product's main view at its heaviest. */
export const MANY = `${APP}/orders/deleted?scenario=many-orders&reset=1&latency=0`;

export const log = (...parts) => console.error(...parts);
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (value, digits = 0) => Number(value.toFixed(digits));

/** A fresh context and page, its CPU slowed `rate` times over CDP (1 = as fast as the machine). */
export async function newPage(browser, rate, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // At 4× a reload of 10,000 orders can take longer than Playwright's 30 s default.
  if (rate !== 1) {
    page.setDefaultTimeout(120_000);
    await throttle(page, rate);
  }
  return { context, page };
}

export async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** `fn` run RUNS + 1 times, the first (warm-up) result dropped. */
export async function runs(fn, count = RUNS) {
  const results = [];
  for (let run = 0; run <= count; run += 1) {
    const result = await fn(run);
    if (run > 0) results.push(result);
  }
  return results;
}
