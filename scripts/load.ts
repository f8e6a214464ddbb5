/**
 * `npm run load -- --base-url URL [--clients 8] [--requests 3000] [--scenario many-orders]`:
 * several concurrent clients send reads, restore requests with keys, and retries of keys already
 * sent (some while the first attempt is still on its way). Then it checks that every answer
 * matched its schema, that every retry got the first answer again, and (when the backend is the
 * mock, `npm run api`) that the journal holds exactly one change per key that was answered 200 and
 * none for any other. Prints requests per second and p50/p99 latency; exit code 1 on a violation.
 * Not a timed test: `npm test` does not run it.
 */
import { parseArgs } from 'node:util';
import type { Selection } from '../src/api/contract';
import { endpoint } from '../src/api/endpoints';
import { ACTIVE_TABS, DELETED_FILTERS } from '../src/domain/placement';
import { ContractClient, expectOk, newKey, type Answer } from './contract/contract-client';
import { restoreBody, type SelectionItem } from './contract/find-orders';
import { mockControl } from './contract/mock-control';

type Kind = 'read' | 'restore' | 'retry';

type Sent = { readonly body: unknown; readonly answers: Answer[] };

const SHARE_RESTORE = 0.3;
const SHARE_RETRY = 0.15;
const NOUNS = { all: 'requests', read: 'reads', restore: 'restore requests', retry: 'retries' };
/** Retries pick among the most recent keys, as a client retries soon after a lost answer. */
const RETRY_WINDOW = 40;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:8787' },
      clients: { type: 'string', default: '8' },
      requests: { type: 'string', default: '3000' },
      scenario: { type: 'string', default: 'many-orders' },
    },
  });
  const baseUrl = values['base-url'];
  const clients = Number(values.clients);
  const total = Number(values.requests);
  if (!Number.isInteger(clients) || clients < 1 || !Number.isInteger(total) || total < 1) {
    console.error('--clients and --requests are whole numbers of at least 1.');
    return 1;
  }

  const mock = await mockControl(baseUrl, {
    scenario: values.scenario,
    seed: 1,
    latency: 0,
  });
  console.log(
    mock
      ? `${baseUrl} is the mock: reset to scenario "${values.scenario}", seed 1, no latency.`
      : `${baseUrl} is not the mock: loading its data as it is; the journal cannot be read, so only the answers are checked.`,
  );

  const api = new ContractClient(baseUrl, (input, init) => fetch(input, init));
  const selection = expectOk<Selection>(
    await api.call(endpoint.getSelection, { query: { view: 'deleted' } }),
    'the selection',
  ).items;
  const restorable = selection.filter((item) => item.restorable);
  const pool: SelectionItem[] = restorable.length > 0 ? restorable : selection;
  if (pool.length === 0) {
    console.error('The backend holds no cancelled orders to send restore requests for.');
    return 1;
  }
  const ids = selection.map((item) => item.id);

  const reads: Array<() => Promise<Answer>> = [
    () =>
      api.call(endpoint.listOrders, {
        query: { view: 'active', tab: pick(ACTIVE_TABS), limit: '50' },
      }),
    () =>
      api.call(endpoint.listOrders, {
        query: { view: 'deleted', filter: pick(DELETED_FILTERS), limit: '50' },
      }),
    () => api.call(endpoint.getOrderCounts),
    () => api.call(endpoint.getOrder, { id: pick(ids) }),
  ];

  const sent = new Map<string, Sent>();
  const recentKeys: string[] = [];
  const latencies: Record<Kind, number[]> = { read: [], restore: [], retry: [] };
  let remaining = total;
  let lost = 0;

  async function send(kind: Kind): Promise<void> {
    let call: () => Promise<Answer>;
    let record: Sent | undefined;
    if (kind === 'read') {
      call = pick(reads);
    } else {
      const key = kind === 'retry' ? pick(recentKeys) : newKey('load');
      if (kind === 'restore') {
        const items = [pick(pool), pick(pool)].filter(
          (item, at, all) => all.findIndex((other) => other.id === item.id) === at,
        );
        sent.set(key, { body: restoreBody(items), answers: [] });
        recentKeys.push(key);
        if (recentKeys.length > RETRY_WINDOW) recentKeys.shift();
      }
      record = sent.get(key)!;
      const body = record.body;
      call = () => api.call(endpoint.requestRestore, { key, body });
    }
    try {
      const answer = await call();
      latencies[kind].push(answer.ms);
      record?.answers.push(answer);
    } catch {
      lost += 1;
    }
  }

  async function client(): Promise<void> {
    while (remaining > 0) {
      remaining -= 1;
      const roll = Math.random();
      const kind: Kind =
        roll < SHARE_RETRY && recentKeys.length > 0
          ? 'retry'
          : roll < SHARE_RETRY + SHARE_RESTORE
            ? 'restore'
            : 'read';
      await send(kind);
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, () => client()));
  const seconds = (performance.now() - started) / 1000;

  const violations = [...api.violations];
  if (lost > 0) violations.push(`${lost} requests got no answer`);
  for (const [key, { answers }] of sent) {
    const first = answers.find((answer) => answer.status === 200);
    const differing = answers.filter(
      (answer) => first && JSON.stringify(answer.body) !== JSON.stringify(first.body),
    );
    if (differing.length > 0) {
      violations.push(`key ${key}: a retry was answered differently from the first answer`);
    }
  }
  let journalLine = 'journal: not read (not the mock)';
  if (mock) {
    const perKey = new Map<string, number>();
    for (const entry of await mock.journal()) {
      if (sent.has(entry.key)) perKey.set(entry.key, (perKey.get(entry.key) ?? 0) + 1);
    }
    for (const [key, { answers }] of sent) {
      const expected = answers.some((answer) => answer.status === 200) ? 1 : 0;
      const found = perKey.get(key) ?? 0;
      if (found !== expected) {
        violations.push(`key ${key}: ${found} journal entries, expected ${expected}`);
      }
    }
    journalLine = `journal: ${perKey.size} entries for ${sent.size} distinct keys`;
  }

  const all = [...latencies.read, ...latencies.restore, ...latencies.retry].sort((a, b) => a - b);
  const figures = (kind: Kind | 'all') => {
    const sorted = kind === 'all' ? all : [...latencies[kind]].sort((a, b) => a - b);
    return `${sorted.length} ${NOUNS[kind]}: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
  };
  console.log(
    `${total} requests from ${clients} clients in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} requests/s`,
  );
  for (const kind of ['all', 'read', 'restore', 'retry'] as const)
    console.log(`  ${figures(kind)}`);
  console.log(`  ${journalLine}`);
  if (violations.length > 0) {
    console.log(`\n✗ ${violations.length} violations:\n  ${violations.slice(0, 20).join('\n  ')}`);
    return 1;
  }
  console.log(
    '✓ every answer matched its schema, every retry got the first answer, one change per key',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
