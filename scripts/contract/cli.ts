/**
 * `npm run contract -- --base-url URL [--other-order ID]`: checks a backend against the contract
 * (checks.ts), one line per check, a summary, exit code 1 on any failure.
 *
 * When the backend is the mock (`npm run api`: it answers `POST /__mock/reset`), every check
 * starts from the default scenario with seed 1 and no latency, the checks that need an injected
 * fault run, and another buyer's order defaults to the one the default seed holds. Any other
 * backend is checked on its data as it is: the fault checks are skipped, and the other-buyer
 * check needs `--other-order`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startApiServer, type ApiServer } from '../../mocks/server';
import { seededOrder } from '../../mocks/seed-table';
import { runContractChecks } from './checks';
import type { CheckResult, ContractOptions } from './contract-check';
import { mockControl } from './mock-control';

const MOCK_SWITCHES = { scenario: 'default', seed: 1, latency: 0 } as const;
/** The default seed's second buyer has this order (README "Seeded orders for QA"). */
const MOCK_OTHER_ORDER_LABEL = 'Another buyer: cancelled (never visible)';

const USAGE =
  'Usage: npm run contract -- --base-url http://127.0.0.1:8787 [--other-order ID]\n' +
  '       npm run contract -- --serve   (starts `npm run api` on a free port with fresh data, checks it, stops it)';

function line(result: CheckResult): string {
  const mark = result.skipped ? '–' : result.ok ? '✓' : '✗';
  const detail = result.skipped ? `skipped: ${result.detail}` : result.detail;
  return `${mark} ${result.name} — ${detail}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:8787' },
      'other-order': { type: 'string' },
      serve: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.serve) {
    const dataDir = await mkdtemp(join(tmpdir(), 'order-restore-contract-'));
    const server: ApiServer = await startApiServer({ port: 0, dataDir, quiet: true });
    try {
      return await check(server.url, values['other-order']);
    } finally {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return check(values['base-url'], values['other-order']);
}

async function check(baseUrl: string, otherOrder: string | undefined): Promise<number> {
  try {
    new URL(baseUrl);
  } catch {
    console.error(`Not a URL: ${baseUrl}\n${USAGE}`);
    return 1;
  }

  let mock;
  try {
    mock = await mockControl(baseUrl, MOCK_SWITCHES);
  } catch (error) {
    console.error(
      `Cannot reach ${baseUrl}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  const otherOrderId =
    otherOrder ?? (mock ? seededOrder(MOCK_OTHER_ORDER_LABEL, 'default', 1) : undefined);
  console.log(
    mock
      ? `${baseUrl} is the mock: each check starts from scenario "default", seed 1; faults are injected through /__mock/faults; another buyer's order: ${otherOrderId}.`
      : `${baseUrl} does not answer POST /__mock/reset: checking its data as it is; the checks that need an injected fault are skipped.`,
  );

  const options: ContractOptions = {
    baseUrl,
    fetch: (input, init) => fetch(input, init),
    ...(mock ? { reset: mock.reset, faults: mock.fail } : {}),
    ...(otherOrderId ? { otherOrderId } : {}),
  };
  const started = performance.now();
  const results = await runContractChecks(options, (result) => console.log(line(result)));
  const failed = results.filter((result) => !result.ok).length;
  const skipped = results.filter((result) => result.skipped).length;
  const passed = results.length - failed - skipped;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${passed} passed, ${failed} failed, ${skipped} skipped, of ${results.length} checks (${seconds} s).`,
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
