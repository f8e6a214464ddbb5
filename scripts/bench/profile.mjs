/**
 * BENCH_PROFILE=1 npm run bench — where the main thread goes on Deleted Orders with 10,000 orders
 * at 4× CPU throttling. Chromium's sampling profiler (CDP `Profiler`) over a first visit (from
 * navigation until the first row is painted and the network has been idle for a second) and over
 * the scroll to the last of the 10,000 orders; self time grouped by source file through the
 * build's source maps (the bench builds with BUILD_SOURCEMAP=1 in this mode), the top functions,
 * the long tasks; then Lighthouse's diagnostics of the same page (total blocking time, the long
 * tasks it saw at start, main-thread work by category, script bootup time).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { APP, MANY, ROOT, THROTTLE, newPage, round } from './common.mjs';
import { SCROLL_TO_BOTTOM, openMany } from './interactions.mjs';
import { lighthouseRun } from './lighthouse.mjs';

const consumers = new Map();
function consumerFor(url) {
  if (consumers.has(url)) return consumers.get(url);
  let consumer = null;
  try {
    const { origin, pathname } = new URL(url);
    const map = join(ROOT, 'dist', `${pathname}.map`);
    if (origin === APP && existsSync(map))
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8')));
  } catch {
    consumer = null;
  }
  consumers.set(url, consumer);
  return consumer;
}

/** A source path as the repository names it: src/…, mocks/…, node_modules/<package>/…. */
const repoPath = (source) =>
  source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');

/** Where a profile node's code is: { file, name, line } in the original sources when mapped. */
function locate({ url, functionName, lineNumber, columnNumber }) {
  if (!url) return { file: functionName || '(anonymous)', name: functionName, line: 0 };
  // A chunk's top level (its modules' evaluation) is an anonymous function at 0:0.
  if (!functionName && lineNumber === 0 && columnNumber === 0)
    return { file: `${url.replace(APP, '')} (evaluating the chunk)`, name: '(top level)', line: 0 };
  const consumer = consumerFor(url);
  if (consumer) {
    const original = consumer.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (original.source)
      return {
        file: repoPath(original.source),
        name: functionName || original.name || '(anonymous)',
        line: original.line,
      };
  }
  return { file: url.replace(APP, ''), name: functionName || '(anonymous)', line: lineNumber + 1 };
}

/** Self time (ms) by source file and by function, from a CDP CPU profile. */
export function summarise(profile, top = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  const files = new Map();
  const functions = new Map();
  let idle = 0;
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id);
    total += ms;
    if (callFrame.functionName === '(idle)') {
      idle += ms;
      continue;
    }
    const { file, name, line } = locate(callFrame);
    files.set(file, (files.get(file) ?? 0) + ms);
    const key = `${name} (${file}${line ? `:${line}` : ''})`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
  }
  const busy = total - idle;
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([what, ms]) => ({ what, ms: round(ms), share: round((100 * ms) / busy, 1) }));
  return {
    totalMs: round(total),
    busyMs: round(busy),
    files: rank(files),
    functions: rank(functions),
  };
}

/**
 * The part of a CDP CPU profile inside one task: from `start` (the page's performance.now()) for
 * `duration` ms. `startedAt` is the page's performance.now() when the profiler started, which is
 * the profile's `startTime` (its clock is in microseconds): a few milliseconds off at most.
 */
function within(profile, startedAt, start, duration) {
  const from = profile.startTime + (start - startedAt) * 1000;
  const to = from + duration * 1000;
  const samples = [];
  const timeDeltas = [0];
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index];
    if (at >= from && at <= to) {
      samples.push(id);
      timeDeltas.push(profile.timeDeltas[index]);
    }
  });
  return { ...profile, samples, timeDeltas };
}

/** Profiles `during()` at 4×; the raw profile goes to dist/bench-<name>.cpuprofile for DevTools. */
async function profiled(page, name, during) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  const startedAt = await page.evaluate(() => performance.now());
  const result = await during();
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(ROOT, 'dist', `bench-${name}.cpuprofile`), JSON.stringify(profile));
  return { ...summarise(profile), result, profile, startedAt };
}

const LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) =>
    window.__longTasks.push(
      ...list
        .getEntries()
        .map((entry) => [Math.round(entry.startTime), Math.round(entry.duration)]),
    ),
  ).observe({ type: 'longtask', buffered: true });
};

async function profileFirstVisit(browser) {
  const { context, page } = await newPage(browser, 1, { viewport: { width: 1280, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const summary = await profiled(page, 'first-visit', async () => {
    await page.goto(MANY);
    await page.getByRole('article').first().waitFor({ timeout: 120_000 });
    const firstRowMs = await page.evaluate(() => Math.round(performance.now()));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return { firstRowMs, longTasks: await page.evaluate(() => window.__longTasks) };
  });
  await context.close();
  return summary;
}

async function profileScroll(browser) {
  // A warm page: the data is generated and stored, the list's first page shown.
  const { context, page } = await openMany(browser, true);
  await page.waitForLoadState('networkidle');
  await page.goto(`${APP}/orders/deleted`);
  await page.getByRole('article').first().waitFor();
  await page.waitForLoadState('networkidle');
  const summary = await profiled(page, 'scroll', () => page.evaluate(SCROLL_TO_BOTTOM));
  await context.close();
  // What the five longest tasks spent their time on (the profile's samples inside each).
  const longest = [...summary.result.tasks].sort((a, b) => b[1] - a[1]).slice(0, 5);
  summary.longestTasks = longest.map(([start, duration]) => ({
    start,
    duration,
    functions: summarise(within(summary.profile, summary.startedAt, start, duration), 6).functions,
  }));
  delete summary.result.tasks;
  return summary;
}

async function lighthouseDiagnostics() {
  const lhr = await lighthouseRun(MANY);
  const audit = (id) => lhr.audits[id];
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    totalBlockingTimeMs: round(audit('total-blocking-time').numericValue),
    largestContentfulPaintMs: round(audit('largest-contentful-paint').numericValue),
    longTasks: (audit('long-tasks').details?.items ?? []).map((item) => ({
      url: String(item.url).replace(APP, ''),
      startTime: round(item.startTime),
      duration: round(item.duration),
    })),
    mainThread: (audit('mainthread-work-breakdown').details?.items ?? []).map((item) => [
      item.groupLabel ?? item.group,
      round(item.duration),
    ]),
    bootup: (audit('bootup-time').details?.items ?? []).map((item) => ({
      url: String(item.url).replace(APP, ''),
      scripting: round(item.scripting),
      parse: round(item.scriptParseCompile),
    })),
  };
}

function printSummary(title, { totalMs, busyMs, files, functions, result, longestTasks }) {
  console.log(`\n${title}: ${totalMs} ms profiled, ${busyMs} ms busy (not idle)`);
  console.log('  self time by source file:');
  for (const { what, ms, share } of files)
    console.log(`    ${String(ms).padStart(7)} ms ${String(share).padStart(5)} %  ${what}`);
  console.log('  top functions by self time:');
  for (const { what, ms, share } of functions)
    console.log(`    ${String(ms).padStart(7)} ms ${String(share).padStart(5)} %  ${what}`);
  if (Array.isArray(result?.longTasks))
    console.log(
      `  long tasks (start ms, duration ms): ${result.longTasks.map(([s, d]) => `${s}+${d}`).join(', ') || 'none'}`,
    );
  if (result?.firstRowMs) console.log(`  first row in the DOM at ${result.firstRowMs} ms`);
  for (const task of longestTasks ?? [])
    console.log(
      `  a ${task.duration} ms task at ${task.start} ms: ${task.functions.map((f) => `${f.what} ${f.ms} ms`).join('; ')}`,
    );
  if (typeof result?.longest === 'number')
    console.log(
      `  long tasks while scrolling: ${result.longTasks}, the longest ${round(result.longest)} ms, rows reached ${result.rows}`,
    );
}

export async function runProfile(browser) {
  // BENCH_ONLY=firstVisit,scroll,lighthouse profiles only those parts.
  const only = process.env.BENCH_ONLY?.split(',');
  const wanted = (part) => !only || only.includes(part);
  const firstVisit = wanted('firstVisit') ? await profileFirstVisit(browser) : null;
  const scroll = wanted('scroll') ? await profileScroll(browser) : null;
  const lighthouse = wanted('lighthouse') ? await lighthouseDiagnostics() : null;
  console.log(
    `Order Restore bench profile — Deleted Orders, 10,000 orders, CPU ${THROTTLE}× slower`,
  );
  if (firstVisit) printSummary('First visit', firstVisit);
  if (scroll) printSummary('Scrolling to the 10,000th order', scroll);
  if (lighthouse) {
    console.log(
      `\nLighthouse mobile (one run): performance ${lighthouse.performance}, total blocking time ${lighthouse.totalBlockingTimeMs} ms, LCP ${lighthouse.largestContentfulPaintMs} ms`,
    );
    console.log(
      `  long tasks at start: ${lighthouse.longTasks.map((t) => `${t.duration} ms at ${t.startTime} (${t.url})`).join('; ') || 'none'}`,
    );
    console.log(
      `  main-thread work: ${lighthouse.mainThread.map(([g, ms]) => `${g} ${ms} ms`).join(', ')}`,
    );
    console.log(
      `  script bootup: ${lighthouse.bootup.map((b) => `${b.url} ${b.scripting} ms run + ${b.parse} ms parse`).join('; ')}`,
    );
  }
  // The JSON line leaves out the raw profile (it is in dist/bench-*.cpuprofile).
  const strip = (part) => {
    if (!part) return part;
    const { result, ...rest } = part;
    delete rest.profile;
    delete rest.startedAt;
    return { ...rest, ...result };
  };
  console.log(JSON.stringify({ firstVisit: strip(firstVisit), scroll: strip(scroll), lighthouse }));
}
