/**
 * The mock API under fire: for every endpoint, at least 1,000 generated malformed requests
 * (wrong types, huge strings, unicode, nulls, extra fields, __proto__ and constructor keys, bad
 * ids and headers). Every answer must be a 4xx problem+json with a useful message, and the stored
 * journal must stay byte-for-byte the same.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { notificationListQuerySchema, problemSchema } from '../src/api/contract';
import { memoryStore } from './node';

const RUNS = 1_000;
const BASE = 'http://localhost:3000';

/** Strings a fuzzer should try: unicode, control characters, markup, huge ones, numbers-as-text. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202e',
    '<script>alert(1)</script>',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    '０１２３',
  ),
  fc.integer({ min: 1, max: 64 }).map((n) => 'x'.repeat(n * 1_000)),
  fc.stringMatching(/^\d{1,15}$|^\d{17,20}$/),
);

const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    nasty,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        nasty,
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'items', 'message', 'reason'),
      ),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** Bodies that must be refused: anything but a valid one (valid ones are filtered out below). */
const badBody = fc.oneof(
  json.map((value) => JSON.stringify(value)),
  nasty,
  fc.constantFrom(
    '{',
    '[1,2',
    '{"items":',
    'null',
    '"text"',
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{}}}',
  ),
);

/** A header value fetch will carry (Latin-1 only), valid or not as an Idempotency-Key. */
const headerValue = fc
  .oneof(
    fc.string({ maxLength: 20 }).filter((value) => /^[\u0020-\u007e]*$/.test(value)),
    fc.constantFrom(
      '',
      ' ',
      'short',
      'key with spaces',
      'ümlaut',
      'x'.repeat(101),
      '../../etc/passwd',
    ),
  )
  .filter((value) => /^[\u0020-\u00ff]*$/.test(value));

const badId = fc
  .oneof(nasty, fc.stringMatching(/^\d{16}$/))
  .map((id) => encodeURIComponent(id) || '%20');

async function expectProblem(response: Response): Promise<void> {
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = problemSchema.parse(await response.json());
  expect(problem.status).toBe(response.status);
  expect(problem.detail.length).toBeGreaterThan(10);
  expect(problem.detail).not.toMatch(/undefined|\[object Object\]|TypeError|at \w+ \(/);
}

let stored: string | null;
// The shared setup gives every test fresh data; this is what must not change.
beforeEach(() => {
  stored = memoryStore.raw();
});

function journalUnchanged() {
  expect(memoryStore.raw()).toBe(stored);
}

const counted = { requests: 0 };

async function send(path: string, init?: RequestInit) {
  counted.requests += 1;
  return fetch(`${BASE}${path}`, init);
}

describe('fuzzing the reads', () => {
  it('GET /api/orders refuses malformed query strings', async () => {
    const query = fc.record({
      view: fc.option(
        nasty.filter((v) => v !== 'active' && v !== 'deleted'),
        { nil: undefined },
      ),
      tab: fc.option(nasty, { nil: undefined }),
      limit: fc.option(
        nasty.filter((v) => !/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > 200),
        { nil: undefined },
      ),
      cursor: fc.option(nasty, { nil: undefined }),
      extra: fc.dictionary(nasty, nasty, { maxKeys: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(query, async ({ view, tab, limit, cursor, extra }) => {
        const params = new URLSearchParams(extra);
        if (view !== undefined) params.set('view', view);
        if (tab !== undefined) params.set('tab', tab);
        if (limit !== undefined) params.set('limit', limit);
        if (cursor !== undefined) params.set('cursor', cursor);
        await expectProblem(await send(`/api/orders?${params}`));
      }),
      { numRuns: RUNS },
    );
    journalUnchanged();
  });

  it('GET /api/orders/counts and /selection refuse malformed queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 201, max: 5_000 }).map((n) => 'q'.repeat(n)),
          nasty.filter((v) => v.length > 200),
        ),
        nasty,
        async (q, filter) => {
          await expectProblem(await send(`/api/orders/counts?q=${encodeURIComponent(q)}`));
          const view = filter === 'deleted' ? 'active' : filter;
          await expectProblem(
            await send(
              `/api/orders/selection?view=${encodeURIComponent(view)}&filter=${encodeURIComponent(filter)}`,
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
    journalUnchanged();
  });

  it('GET /api/notifications refuses malformed query strings', async () => {
    const query = fc.record({
      limit: nasty.filter((v) => !notificationListQuerySchema.safeParse({ limit: v }).success),
      cursor: fc.option(nasty, { nil: undefined }),
      extra: fc.dictionary(nasty, nasty, { maxKeys: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(query, async ({ limit, cursor, extra }) => {
        const params = new URLSearchParams(extra);
        params.set('limit', limit);
        if (cursor !== undefined) params.set('cursor', cursor);
        await expectProblem(await send(`/api/notifications?${params}`));
      }),
      { numRuns: RUNS },
    );
    journalUnchanged();
  });

  it('GET /api/orders/:id refuses malformed, unknown and foreign ids', async () => {
    await fc.assert(
      fc.asyncProperty(badId, async (id) => {
        const response = await send(`/api/orders/${id}`);
        if (response.status === 200) {
          throw new Error(`an order was found for a generated id: ${id}`);
        }
        await expectProblem(response);
      }),
      { numRuns: RUNS },
    );
    journalUnchanged();
  });
});

describe('fuzzing the writes', () => {
  const endpoints: Array<[string, 'POST' | 'DELETE']> = [
    ['/api/orders/{id}/pay', 'POST'],
    ['/api/orders/{id}/cancel', 'POST'],
    ['/api/orders/{id}/confirm-receipt', 'POST'],
    ['/api/orders/{id}/buy-again', 'POST'],
    ['/api/orders/{id}/restore-request', 'DELETE'],
    ['/api/restore-requests', 'POST'],
    ['/api/notifications/read', 'POST'],
    ['/api/notifications/read-all', 'POST'],
  ];

  it.each(endpoints)('%s refuses malformed bodies, ids and headers', async (template, method) => {
    await fc.assert(
      fc.asyncProperty(
        badBody,
        badId,
        fc.option(headerValue, { nil: undefined }),
        fc.boolean(),
        async (body, id, key, goodKey) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json' };
          // With a valid key the body or the id must be what is refused; without one, the key.
          if (goodKey)
            headers['Idempotency-Key'] = `fuzz-${Math.random().toString(36).slice(2, 12)}`;
          else if (key !== undefined) headers['Idempotency-Key'] = key;
          const response = await send(template.replace('{id}', id), {
            method,
            headers,
            body: method === 'DELETE' && body === '' ? undefined : body,
          });
          await expectProblem(response);
        },
      ),
      { numRuns: RUNS },
    );
    journalUnchanged();
  });
});

describe('the fuzzing itself', () => {
  it('sent many thousands of requests', () => {
    expect(counted.requests).toBeGreaterThan(12 * RUNS);
  });
});
