// @vitest-environment node
/**
 * `npm run api` over real HTTP: a server on a free port with its own data folder per test, called
 * with the platform's fetch (MSW's in-process interception is switched off for this file, so every
 * call goes through the socket).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  countsSchema,
  notificationPageSchema,
  orderSchema,
  restoreResultsSchema,
  unreadCountSchema,
} from '../src/api/contract';
import { useStore } from './backend';
import { JOURNAL_FILE } from './file-store';
import { server as inProcess } from './node';
import { orders } from './qa';
import { PortInUseError, startApiServer, type ApiServer } from './server';
import { createMemoryStore } from './storage';

const MESSAGE = 'Hello, I still want this order. Could you please restore it? Thank you!';

beforeAll(() => inProcess.close());
afterAll(() => inProcess.listen({ onUnhandledRequest: 'error' }));

let dirs: string[] = [];
let running: ApiServer[] = [];
let logs: string[] = [];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'order-restore-api-'));
  dirs.push(dir);
  return dir;
}

async function start(dir: string, options: { corsOrigins?: string[] } = {}) {
  const api = await startApiServer({
    port: 0,
    dataDir: dir,
    quiet: true,
    log: (line) => logs.push(line),
    ...options,
  });
  running.push(api);
  return api;
}

afterEach(async () => {
  await Promise.all(running.map((api) => api.close()));
  running = [];
  // The shared setup resets whatever backend is current before each test: not a closed server's.
  useStore(createMemoryStore());
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
  logs = [];
});

let keys = 0;
function restore(api: ApiServer, orderIds: string[], key = `server-test-${++keys}`) {
  return fetch(`${api.url}/api/restore-requests`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({
      items: orderIds.map((orderId) => ({ orderId, reason: 'still_want_item' })),
      message: MESSAGE,
    }),
  });
}

async function put(api: ApiServer, spec: unknown, count = 1): Promise<string[]> {
  const response = await fetch(`${api.url}/__mock/put`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ spec, count }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { ids: string[] }).ids;
}

async function state(api: ApiServer) {
  return (await (await fetch(`${api.url}/__mock/state`)).json()) as {
    scenario: string;
    seed: number;
    latency: number;
    journalLength: number;
  };
}

function storedJournalLength(dir: string): number {
  const stored = JSON.parse(readFileSync(join(dir, JOURNAL_FILE), 'utf8')) as {
    journal: unknown[];
  };
  return stored.journal.length;
}

describe('npm run api', () => {
  it('answers the contract over HTTP, and 404 problem+json outside it', async () => {
    const api = await start(dataDir());
    const counts = await fetch(`${api.url}/api/orders/counts`);
    expect(counts.status).toBe(200);
    expect(counts.headers.get('content-type')).toMatch(/^application\/json/);
    expect(countsSchema.safeParse(await counts.json()).success).toBe(true);

    for (const path of ['/nothing-here', '/api/nothing-here']) {
      const missing = await fetch(`${api.url}${path}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
      expect(await missing.json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('keeps a change across a restart on the same data folder, and still knows its key', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const [id] = await put(first, orders.cancelled());
    const sent = await restore(first, [id!], 'restart-key-1');
    expect(sent.status).toBe(200);
    const answer = restoreResultsSchema.parse(await sent.json());
    expect(answer.results[0]).toMatchObject({ orderId: id, ok: true });
    await first.close();

    const second = await start(dir);
    const order = orderSchema.parse(await (await fetch(`${second.url}/api/orders/${id}`)).json());
    expect(order.status).toBe('restoration_requested');
    expect((await state(second)).journalLength).toBe(2);
    // The same key and body after the restart: the first answer, nothing new recorded.
    const retried = await restore(second, [id!], 'restart-key-1');
    expect(retried.status).toBe(200);
    expect(restoreResultsSchema.parse(await retried.json()).results[0]).toMatchObject({
      orderId: id,
      ok: true,
    });
    expect((await state(second)).journalLength).toBe(2);
  });

  it.each([
    ['not JSON', '{"version": 1, "settings": '],
    ['of another version', JSON.stringify({ version: 999, settings: {}, journal: [] })],
  ])('sets a stored file that is %s aside and starts fresh', async (_, text) => {
    const dir = dataDir();
    writeFileSync(join(dir, JOURNAL_FILE), text);
    const api = await start(dir);
    expect((await fetch(`${api.url}/api/orders/counts`)).status).toBe(200);
    const aside = readdirSync(dir).filter((name) => name.startsWith('journal.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(text);
    expect(logs.filter((line) => line.includes(aside[0]!))).toHaveLength(1);
    await api.close();
    expect(storedJournalLength(dir)).toBe(0);
  });

  it('keeps the notifications read across a restart, and still knows the key', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const notifications = async (api: ApiServer) =>
      notificationPageSchema.parse(
        await (await fetch(`${api.url}/api/notifications?limit=100`)).json(),
      );
    const before = await notifications(first);
    expect(before.unread).toBeGreaterThan(1);
    const id = before.notifications[0]!.id;
    const mark = (api: ApiServer) =>
      fetch(`${api.url}/api/notifications/read`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'restart-read-1' },
        body: JSON.stringify({ ids: [id] }),
      });
    const marked = unreadCountSchema.parse(await (await mark(first)).json());
    expect(marked.unread).toBe(before.unread - 1);
    await first.close();

    const second = await start(dir);
    const after = await notifications(second);
    expect(after.unread).toBe(marked.unread);
    expect(after.notifications.find((n) => n.id === id)?.read).toBe(true);
    const retried = await mark(second);
    expect(retried.status).toBe(200);
    expect(unreadCountSchema.parse(await retried.json())).toEqual(marked);
    expect((await state(second)).journalLength).toBe(1);
  });

  it('answers CORS preflights for the app’s origins and those it is given', async () => {
    const api = await start(dataDir(), { corsOrigins: ['https://qa.example'] });
    for (const origin of ['http://127.0.0.1:4173', 'http://localhost:5173', 'https://qa.example']) {
      const preflight = await fetch(`${api.url}/api/restore-requests`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    }
    const read = await fetch(`${api.url}/api/orders/counts`, {
      headers: { Origin: 'https://qa.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBe('https://qa.example');
    const stranger = await fetch(`${api.url}/api/orders/counts`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps every change of several clients sending at once, and each key once', async () => {
    const dir = dataDir();
    const api = await start(dir);
    const ids = await put(api, orders.cancelled(), 40);
    // 40 requests, each sent three times at once with its key (a client retrying a lost answer).
    const answers = await Promise.all(
      ids.flatMap((id, at) => [0, 1, 2].map(() => restore(api, [id], `concurrent-${at}-key`))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect((await state(api)).journalLength).toBe(1 + ids.length);
    await api.close();
    expect(storedJournalLength(dir)).toBe(1 + ids.length);
  });

  it('on close, finishes the answer under way and writes the state out', async () => {
    const dir = dataDir();
    const api = await start(dir);
    const [id] = await put(api, orders.cancelled());
    await fetch(`${api.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        route: 'POST /api/restore-requests',
        fault: { kind: 'delay', ms: 300 },
      }),
    });
    const underWay = restore(api, [id!]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = api.close();
    expect((await underWay).status).toBe(200);
    await closed;
    expect(storedJournalLength(dir)).toBe(2);
    await expect(fetch(`${api.url}/api/orders/counts`)).rejects.toThrow();
  });

  it('says so when its port is taken', async () => {
    const api = await start(dataDir());
    await expect(
      startApiServer({ port: api.port, dataDir: dataDir(), quiet: true, log: () => undefined }),
    ).rejects.toBeInstanceOf(PortInUseError);
  });
});

describe('QA control under /__mock/', () => {
  it('resets with the switches, and refuses a switch it does not know', async () => {
    const api = await start(dataDir());
    await put(api, orders.unpaid());
    const reset = await fetch(`${api.url}/__mock/reset?scenario=empty&seed=7`, { method: 'POST' });
    expect(await reset.json()).toMatchObject({
      scenario: 'empty',
      seed: 7,
      latency: 0,
      journalLength: 0,
    });
    const counts = countsSchema.parse(await (await fetch(`${api.url}/api/orders/counts`)).json());
    expect(counts.active.all).toBe(0);
    const refused = await fetch(`${api.url}/__mock/reset?scenario=nope`, { method: 'POST' });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ path: 'scenario' }] });
    expect(await state(api)).toMatchObject({ scenario: 'empty', seed: 7 });
  });

  it('injects faults, logs what it received and shows the journal', async () => {
    const api = await start(dataDir());
    const armed = await fetch(`${api.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        route: 'GET /api/orders/counts',
        fault: { kind: 'status', status: 503 },
      }),
    });
    expect(armed.status).toBe(200);
    expect((await fetch(`${api.url}/api/orders/counts`)).status).toBe(503);
    expect((await fetch(`${api.url}/api/orders/counts`)).status).toBe(200);

    const [id] = await put(api, orders.cancelled());
    await fetch(`${api.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'POST /api/restore-requests', fault: { kind: 'lose-answer' } }),
    });
    await expect(restore(api, [id!], 'lost-answer-key')).rejects.toThrow();
    expect((await restore(api, [id!], 'lost-answer-key')).status).toBe(200);

    const requests = (await (
      await fetch(
        `${api.url}/__mock/requests?route=${encodeURIComponent('POST /api/restore-requests')}`,
      )
    ).json()) as { requests: { status: number | null; idempotencyKey: string }[] };
    expect(requests.requests.map((request) => request.status)).toEqual([null, 200]);
    const journal = (await (await fetch(`${api.url}/__mock/journal`)).json()) as {
      journal: { key: string }[];
    };
    expect(journal.journal.filter((entry) => entry.key === 'lost-answer-key')).toHaveLength(1);

    const badFault = await fetch(`${api.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ route: 'not a route', fault: { kind: 'status', status: 503 } }),
    });
    expect(badFault.status).toBe(400);
    expect((await fetch(`${api.url}/__mock/faults`, { method: 'DELETE' })).status).toBe(204);
  });
});
