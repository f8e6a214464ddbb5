/**
 * Lighthouse 12 (mobile: its default simulated 4× CPU and slow 4G) on My Orders, on Deleted
 * Orders with 10,000 orders and on Deleted Orders in Arabic, each in a fresh Chromium: a first visit.
 */
import { chromiumArgs, chromiumExecutable } from '../chromium.mjs';
import { APP, MANY, median, round, runs } from './common.mjs';

/** One Lighthouse run of `url`: the report's JSON (lhr). */
export async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

const score = (lhr, category) => Math.round(lhr.categories[category].score * 100);

export async function measureLighthouse() {
  const figures = {};
  for (const [prefix, url] of [
    ['lighthouse', `${APP}/orders`],
    ['lighthouseDeleted', MANY],
    // Arabic, right to left (product.md §10: accessibility 100 in Arabic too).
    ['lighthouseArabic', `${APP}/orders/deleted?lang=ar`],
  ]) {
    const reports = await runs(() => lighthouseRun(url));
    figures[`${prefix}Performance`] = median(reports.map((lhr) => score(lhr, 'performance')));
    figures[`${prefix}Accessibility`] = median(reports.map((lhr) => score(lhr, 'accessibility')));
    figures[`${prefix}TbtMs`] = round(
      median(reports.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
    );
  }
  return figures;
}
