#!/usr/bin/env node
/**
 * npm run bench — the speed figures of issues 11 and 21, measured against their floors in the
 * same run.
 *
 * Builds the production app and a bare React page with the same Vite config, serves both with
 * `vite preview`, drives Chromium with Playwright (and Lighthouse 12.2.3), and prints a table and
 * then one JSON object as its last line. Every figure is the median of RUNS runs after a warm-up.
 * The first-row and interaction figures are measured twice: as fast as the machine goes (1×) and
 * with Chromium's CPU slowed 4× over CDP (keys ending in `4x`), the margin issue 21 asks for; the
 * long-task and interaction budgets are judged on the 4× column unless a budget names 1×. No
 * assertion: the budgets are printed next to the figures, and a MISS does not fail the run.
 *
 * BENCH_ONLY=firstRow,scroll measures only those steps; BENCH_RUNS=1 runs each once (after the
 * warm-up); BENCH_COLUMNS=4x measures only the throttled column; BENCH_PROFILE=1 prints where the main thread goes instead (scripts/bench/profile.mjs).
 */
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from './chromium.mjs';
import { APP, APP_PORT, FLOOR, FLOOR_PORT, ROOT, RUNS, THROTTLE, log } from './bench/common.mjs';
import { measureFirstRows } from './bench/first-row.mjs';
import { measureBulkRestore, measureScroll, measureSelectAll } from './bench/interactions.mjs';
import { measureJs } from './bench/js.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';

const PROFILE = process.env.BENCH_PROFILE === '1';
const X = `${THROTTLE}x`;

/**
 * Each budget: the figure, the column it is judged on ('1×' or the throttled one), the limit, and
 * the issue it comes from. Issue 11's budgets keep their names; issue 21 adds the margin.
 */
const BUDGETS = [
  ['jsRatio', '1×', '≤', 1.8, 11],
  ['jsRatio', '1×', '≤', 1.7, 21],
  ['deletedJsRatio', '1×', '≤', 1.7, 21],
  ['recordJsRatio', '1×', '≤', 1.7, 21],
  ['renderRatio', X, '≤', 2.0, 11],
  ['renderRatio', X, '≤', 1.5, 21],
  ['coldRenderRatio', X, '≤', 3, 21],
  ['selectAllMs', X, '≤', 100, 11],
  ['selectAllMs', '1×', '≤', 50, 21],
  ['bulkRestoreMs', X, '≤', 1500, 11],
  ['bulkRestoreMs', '1×', '≤', 800, 21],
  ['scrollLongTasks', X, '=', 0, '11, 21'],
  ['lighthousePerformance', '1×', '≥', 90, 11],
  ['lighthousePerformance', '1×', '≥', 95, 21],
  ['lighthouseDeletedPerformance', '1×', '≥', 90, 21],
  ['lighthouseAccessibility', '1×', '=', 100, 11],
  ['lighthouseArabicAccessibility', '1×', '=', 100, 19],
  ...['es', 'pt-BR', 'fr', 'ar', 'ja'].map((locale) => [
    `catalog_${locale}_GzipBytes`,
    '1×',
    '≤',
    12_000,
    19,
  ]),
];

function build() {
  log('Building the app and the floor page…');
  const env = {
    ...process.env,
    VITE_API_BASE_URL: '',
    ...(PROFILE ? { BUILD_SOURCEMAP: '1' } : {}),
  };
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

/** The verdicts of `key`'s budgets, each judged on its column of `figures`. */
function verdict(key, figures) {
  return BUDGETS.filter(([name]) => name === key)
    .map(([, column, op, limit, issue]) => {
      const value = figures[column === '1×' ? key : `${key}${X}`];
      if (value === undefined) return '';
      const ok = op === '≤' ? value <= limit : op === '≥' ? value >= limit : value === limit;
      const label = column === X ? `${THROTTLE}×` : column;
      return `${ok ? 'ok  ' : 'MISS'} (${label} ${op} ${limit}, #${issue})`;
    })
    .filter(Boolean)
    .join('  ');
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
    if (PROFILE) {
      const { runProfile } = await import('./bench/profile.mjs');
      await runProfile(browser);
      await browser.close();
      return;
    }
    const figures = { initialFiles: {} };
    // BENCH_ONLY=firstRow,scroll measures only those (for profiling); the default is everything.
    const only = process.env.BENCH_ONLY?.split(',');
    // BENCH_COLUMNS=4x measures only the throttled column (while iterating on a fix).
    const columns = process.env.BENCH_COLUMNS?.split(',') ?? ['1x', X];
    const both = (label, measure) =>
      async function measureBoth() {
        let figures = {};
        if (columns.includes('1x')) {
          log(`${label} (1×)…`);
          figures = await measure(browser, 1, '');
        }
        if (columns.includes(X)) {
          log(`${label} (CPU ${THROTTLE}× slower)…`);
          figures = { ...figures, ...(await measure(browser, THROTTLE, X)) };
        }
        return figures;
      };
    const steps = [
      ['js', 'JavaScript sizes…', () => measureJs(browser)],
      ['firstRow', 'First rows…', both('First rows', measureFirstRows)],
      ['selectAll', 'Select all…', both('Select all', measureSelectAll)],
      ['bulk', 'Bulk restore…', both('Bulk restore', measureBulkRestore)],
      ['scroll', 'Scrolling 10,000 orders…', both('Scrolling', measureScroll)],
      ['lighthouse', 'Lighthouse (mobile)…', () => measureLighthouse()],
    ];
    for (const [name, label, measure] of steps) {
      if (only && !only.includes(name)) continue;
      log(label);
      try {
        Object.assign(figures, await measure());
      } catch (error) {
        // One failed step does not lose the others' figures; its rows are missing from the table.
        process.exitCode = 1;
        log(`${name} failed:`, error);
      }
    }
    await browser.close();
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    const { initialFiles, ...result } = figures;
    const keys = [
      ...new Set(
        Object.keys(result).map((key) => (key.endsWith(X) ? key.slice(0, -X.length) : key)),
      ),
    ];
    const cell = (value) => String(value ?? '').padStart(10);
    const rows = keys.map(
      (key) =>
        `${key.padEnd(30)} ${cell(result[key])} ${cell(result[`${key}${X}`])}  ${verdict(key, result)}`,
    );
    console.log(`Order Restore bench — median of ${RUNS} runs after a warm-up — ${machine}`);
    if (result.staticFirstRowMs !== undefined)
      console.log(
        `This machine's speed: the static page's first row in ${result.staticFirstRowMs} ms (${result[`staticFirstRowMs${X}`]} ms at ${THROTTLE}×; 74.3 ms at 1× on the README's original machine)`,
      );
    for (const [route, files] of Object.entries(initialFiles))
      console.log(`initial JS files, ${route}: ${files.join(', ')}`);
    console.log(`${'figure'.padEnd(30)} ${cell('1×')} ${cell(`${THROTTLE}×`)}  verdicts`);
    console.log(rows.join('\n'));
    console.log(JSON.stringify({ ...result, runs: RUNS, cpuThrottlingRate: THROTTLE, machine }));
  } finally {
    stop();
    rmSync(join(ROOT, 'dist', 'bench-static.html'), { force: true });
  }
}

await main();
