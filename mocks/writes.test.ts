import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  orderSchema,
  problemSchema,
  restoreResultsSchema,
  selectionSchema,
  type OrderDto,
} from '../src/api/contract';
import { DAY, HOUR, MINUTE } from '../src/domain/time';
import { getBackend, MockBackend } from './backend';
import { memoryStore, resetMockBackend } from './node';
import { seededOrder as idOf } from './seed-table';
import { createMemoryStore, type StoredState } from './storage';
import type { ScenarioName } from './scenarios';
import { FORCED_ANSWER_MS } from './scenarios';

const R = Date.UTC(2026, 10, 26, 9, 0, 0);
const MESSAGE = 'Hello, I still want this order. Could you please restore it? Thank you!';

let keyCounter = 0;
const newKey = () => `test-key-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

async function send(
  method: 'POST' | 'DELETE',
  path: string,
  body?: unknown,
  key: string | null = newKey(),
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['Idempotency-Key'] = key;
  const response = await fetch(new URL(path, location.href), {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}

async function expectOrder(promise: ReturnType<typeof send>): Promise<OrderDto> {
  const answer = await promise;
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return orderSchema.parse(answer.body);
}

async function expectProblem(promise: ReturnType<typeof send>, status: number, code: string) {
  const answer = await promise;
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.type).toBe('application/problem+json');
  const problem = problemSchema.parse(answer.body);
  expect(problem.code).toBe(code);
  expect(problem.detail.length).toBeGreaterThan(10);
  return problem;
}

async function getOrder(id: string): Promise<OrderDto> {
  const response = await fetch(new URL(`/api/orders/${id}`, location.href));
  return orderSchema.parse(await response.json());
}

const journalLength = () => getBackend().journal.length;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: R });
  resetMockBackend({ now: R });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('POST /api/orders/:id/pay', () => {
  it('pays an unpaid order, which then has a ship-by date', async () => {
    const order = await expectOrder(send('POST', `/api/orders/${idOf('Unpaid, two items')}/pay`));
    expect(order.status).toBe('paid');
    expect(Date.parse(order.shipBy!)).toBe(R + 5 * DAY);
    expect((await getOrder(order.id)).status).toBe('paid');
    expect(journalLength()).toBe(1);
  });

  it('refuses to pay an order that is already paid, and stores the refusal with its key', async () => {
    await expectProblem(
      send('POST', `/api/orders/${idOf('Paid, awaiting shipment')}/pay`),
      409,
      'INVALID_TRANSITION',
    );
  });

  it("answers 404 for another buyer's order and 400 for a malformed number, storing nothing", async () => {
    await expectProblem(
      send('POST', `/api/orders/${idOf('Another buyer: unpaid (never visible)')}/pay`),
      404,
      'NOT_FOUND',
    );
    await expectProblem(send('POST', '/api/orders/1234567890123456/pay'), 404, 'NOT_FOUND');
    await expectProblem(send('POST', '/api/orders/123/pay'), 400, 'VALIDATION_FAILED');
    expect(journalLength()).toBe(0);
  });
});

describe('POST /api/orders/:id/cancel', () => {
  it("cancels with the buyer's reason; the order moves to Deleted Orders", async () => {
    const order = await expectOrder(
      send('POST', `/api/orders/${idOf('Unpaid, two items')}/cancel`, {
        reason: '  Found it cheaper  ',
      }),
    );
    expect(order.status).toBe('cancelled');
    expect(order.cancellation).toMatchObject({ by: 'buyer', reason: 'Found it cheaper' });
    expect(Date.parse(order.cancellation!.restoreWindowEndsAt!)).toBe(R + 15 * MINUTE);
  });

  it.each([
    [{}, 'reason'],
    [{ reason: 'no' }, 'reason'],
    [{ reason: 'x'.repeat(201) }, 'reason'],
    [{ reason: 42 }, 'reason'],
    [{ reason: 'Changed my mind', extra: true }, '(body)'],
  ])('refuses %j with VALIDATION_FAILED at %s', async (body, path) => {
    const problem = await expectProblem(
      send('POST', `/api/orders/${idOf('Unpaid, two items')}/cancel`, body),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(journalLength()).toBe(0);
  });

  it('refuses a body that is not JSON', async () => {
    await expectProblem(
      send('POST', `/api/orders/${idOf('Unpaid, two items')}/cancel`, '{"reason":'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses to cancel a shipped order', async () => {
    await expectProblem(
      send('POST', `/api/orders/${idOf('Shipped')}/cancel`, { reason: 'Too slow' }),
      409,
      'INVALID_TRANSITION',
    );
  });
});

describe('POST /api/orders/:id/confirm-receipt', () => {
  it('finishes a shipped order, and refuses an unshipped one', async () => {
    expect(
      (await expectOrder(send('POST', `/api/orders/${idOf('Shipped')}/confirm-receipt`))).status,
    ).toBe('finished');
    await expectProblem(
      send('POST', `/api/orders/${idOf('Paid, awaiting shipment')}/confirm-receipt`),
      409,
      'INVALID_TRANSITION',
    );
  });
});

describe('POST /api/orders/:id/buy-again', () => {
  it('creates a new unpaid order with the same items once the window has closed', async () => {
    const source = await getOrder(idOf('Restore window closed'));
    const created = await expectOrder(send('POST', `/api/orders/${source.id}/buy-again`));
    expect(created.id).not.toBe(source.id);
    expect(created).toMatchObject({
      status: 'unpaid',
      items: source.items,
      sourceOrderId: source.id,
    });
    expect(Date.parse(created.payBy!)).toBe(R + DAY);
    expect((await getOrder(created.id)).status).toBe('unpaid');
  });

  it('is offered after a decline too, but not while a plain restore is still possible', async () => {
    await expectOrder(
      send('POST', `/api/orders/${idOf('Seller declined, window still open')}/buy-again`),
    );
    await expectProblem(
      send('POST', `/api/orders/${idOf('Cancelled by the seller, window open')}/buy-again`),
      409,
      'INVALID_TRANSITION',
    );
  });
});

describe('DELETE /api/orders/:id/restore-request', () => {
  it("withdraws a pending request; the seller's later answer does nothing", async () => {
    const id = idOf('Restoration requested (unpaid)');
    const order = await expectOrder(send('DELETE', `/api/orders/${id}/restore-request`));
    expect(order.status).toBe('cancelled');
    expect(order.restoreRequests.at(-1)).toMatchObject({ outcome: 'withdrawn' });
    vi.setSystemTime(R + 5 * HOUR);
    expect((await getOrder(id)).status).toBe('cancelled');
    expect((await getOrder(id)).timeline.at(-1)!.kind).toBe('restore_withdrawn');
  });

  it('refuses when nothing is pending', async () => {
    await expectProblem(
      send('DELETE', `/api/orders/${idOf('Cancelled by the seller, window open')}/restore-request`),
      409,
      'INVALID_TRANSITION',
    );
  });
});

describe('POST /api/restore-requests', () => {
  const restore = (
    items: Array<{ orderId: string; reason: string }>,
    message = MESSAGE,
    key?: string,
  ) => send('POST', '/api/restore-requests', { items, message }, key);

  it('sends a request per order, each decided alone, with a result per order in the order sent', async () => {
    const items = [
      {
        orderId: idOf('Cancelled by you, window open (12 minutes left)'),
        reason: 'cancelled_by_mistake',
      },
      {
        orderId: idOf('Paid, cancelled by the seller, refund on its way'),
        reason: 'want_replacement',
      },
      { orderId: idOf('Restoration requested (paid)'), reason: 'changed_mind' },
      { orderId: idOf('Restore window closed'), reason: 'still_want_item' },
      { orderId: idOf('Refunded (refund landed)'), reason: 'other' },
      { orderId: idOf('Shipped'), reason: 'other' },
      { orderId: idOf('Another buyer: cancelled (never visible)'), reason: 'other' },
      { orderId: idOf('Cancelled by the seller, window open'), reason: 'product_issue' },
    ];
    const answer = await restore(items);
    expect(answer.status).toBe(200);
    const { results } = restoreResultsSchema.parse(answer.body);
    expect(results.map((result) => result.orderId)).toEqual(items.map((item) => item.orderId));
    const summary = results.map((result) =>
      result.ok ? result.order.status : `${result.error.status} ${result.error.code}`,
    );
    expect(summary).toEqual([
      'restoration_requested',
      'restoration_requested',
      '409 ALREADY_REQUESTED',
      '409 RESTORE_WINDOW_CLOSED',
      '409 REFUND_COMPLETED',
      '409 INVALID_TRANSITION',
      '404 NOT_FOUND',
      '400 VALIDATION_FAILED',
    ]);
    const sent = results[0]!;
    expect(sent.ok && sent.order.restoreRequests.at(-1)).toMatchObject({
      reason: 'cancelled_by_mistake',
      message: MESSAGE,
      closedAt: null,
    });
  });

  it.each([
    [{ items: [], message: MESSAGE }, 'items'],
    [{ items: [{ orderId: '123', reason: 'other' }], message: MESSAGE }, 'items.0.orderId'],
    [
      { items: [{ orderId: '1234567890123456', reason: 'because' }], message: MESSAGE },
      'items.0.reason',
    ],
    [
      { items: [{ orderId: '1234567890123456', reason: 'other' }], message: 'Too short' },
      'message',
    ],
    [
      { items: [{ orderId: '1234567890123456', reason: 'other' }], message: 'x'.repeat(501) },
      'message',
    ],
    [
      {
        items: [{ orderId: '1234567890123456', reason: 'other' }],
        message: 'Hello\u0007 seller, please',
      },
      'message',
    ],
    [{ items: [{ orderId: '1234567890123456', reason: 'other' }] }, 'message'],
    [
      {
        items: [
          { orderId: '1234567890123456', reason: 'other' },
          { orderId: '1234567890123456', reason: 'other' },
        ],
        message: MESSAGE,
      },
      'items',
    ],
    [
      { items: [{ orderId: '1234567890123456', reason: 'other', note: 1 }], message: MESSAGE },
      'items.0',
    ],
  ])('refuses %j with VALIDATION_FAILED at %s', async (body, path) => {
    const problem = await expectProblem(
      send('POST', '/api/restore-requests', body),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(journalLength()).toBe(0);
  });

  it('refuses more than 500 orders in one request', async () => {
    const items = Array.from({ length: 501 }, (_, i) => ({
      orderId: String(1_000_000_000_000_000 + i),
      reason: 'other',
    }));
    const problem = await expectProblem(restore(items), 400, 'VALIDATION_FAILED');
    expect(problem.errors?.[0]?.path).toBe('items');
  });

  it('takes 500 orders at once, mixing eligible and ineligible ones', async () => {
    resetMockBackend({ scenario: 'many-orders', now: R });
    const response = await fetch(new URL('/api/orders/selection?view=deleted', location.href));
    const { items } = selectionSchema.parse(await response.json());
    const chosen = [
      ...items.filter((item) => item.restorable).slice(0, 450),
      ...items.filter((item) => !item.restorable).slice(0, 50),
    ];
    expect(chosen).toHaveLength(500);
    const answer = await restore(
      chosen.map((item) => ({
        orderId: item.id,
        reason: item.paid ? 'changed_mind' : 'still_want_item',
      })),
    );
    const { results } = restoreResultsSchema.parse(answer.body);
    expect(results).toHaveLength(500);
    expect(results.filter((result) => result.ok)).toHaveLength(450);
    for (const result of results.filter((r) => !r.ok)) {
      expect(['ALREADY_REQUESTED', 'RESTORE_WINDOW_CLOSED', 'REFUND_COMPLETED']).toContain(
        !result.ok && result.error.code,
      );
    }
    expect(journalLength()).toBe(1);
  });
});

describe('idempotency', () => {
  const path = () => `/api/orders/${idOf('Unpaid, two items')}/cancel`;

  it('requires a key on every change', async () => {
    await expectProblem(
      send('POST', path(), { reason: 'Changed my mind' }, null),
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    await expectProblem(
      send(
        'DELETE',
        `/api/orders/${idOf('Restoration requested (unpaid)')}/restore-request`,
        undefined,
        null,
      ),
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
    );
    await expectProblem(
      send('POST', path(), { reason: 'Changed my mind' }, 'bad key!'),
      400,
      'VALIDATION_FAILED',
    );
    expect(journalLength()).toBe(0);
  });

  it('gives the first answer to a repeat with the same key and body, and changes nothing', async () => {
    const key = newKey();
    const first = await send('POST', path(), { reason: 'Changed my mind' }, key);
    vi.setSystemTime(R + 2 * MINUTE);
    const second = await send('POST', path(), { reason: 'Changed my mind' }, key);
    expect(second).toEqual(first);
    expect(journalLength()).toBe(1);
    // Even when the page is reloaded in between (the answer is rebuilt from the journal).
    getBackend().start({}, R + 3 * MINUTE);
    const third = await send('POST', path(), { reason: 'Changed my mind' }, key);
    expect(third).toEqual(first);
    expect(journalLength()).toBe(1);
  });

  it('gives the first refusal to a repeat, even once the order has changed', async () => {
    const id = idOf('Paid, awaiting shipment');
    const key = newKey();
    const first = await send('POST', `/api/orders/${id}/pay`, {}, key);
    expect(first.status).toBe(409);
    expect(await send('POST', `/api/orders/${id}/pay`, {}, key)).toEqual(first);
  });

  it('refuses the same key with another body', async () => {
    const key = newKey();
    await expectOrder(send('POST', path(), { reason: 'Changed my mind' }, key));
    await expectProblem(
      send('POST', path(), { reason: 'Something else' }, key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    await expectProblem(
      send('POST', `/api/orders/${idOf('Unpaid, pay-by in about 24 hours')}/pay`, {}, key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(journalLength()).toBe(1);
  });

  it('treats the same body with keys in another order as the same request', async () => {
    const key = newKey();
    const body = {
      items: [{ orderId: idOf('Cancelled by the seller, window open'), reason: 'other' }],
      message: MESSAGE,
    };
    const first = await send('POST', '/api/restore-requests', body, key);
    const reordered = `{"message":${JSON.stringify(MESSAGE)},"items":[{"reason":"other","orderId":"${body.items[0]!.orderId}"}]}`;
    expect(await send('POST', '/api/restore-requests', reordered, key)).toEqual(first);
  });
});

describe('sellers', () => {
  async function requestAndWatch(
    scenario: ScenarioName,
    seed: number,
    orderId: string,
    reason: string,
  ) {
    vi.setSystemTime(R);
    resetMockBackend({ scenario, seed, now: R });
    const sent = await send('POST', '/api/restore-requests', {
      items: [{ orderId, reason }],
      message: MESSAGE,
    });
    expect(
      restoreResultsSchema.parse(sent.body).results[0],
      JSON.stringify(sent.body),
    ).toMatchObject({ ok: true });
    const seen: Array<{ at: number; status: string; note: string | null }> = [];
    for (let minutes = 1; minutes <= 400; minutes += 1) {
      vi.setSystemTime(R + minutes * MINUTE);
      const order = await getOrder(orderId);
      if (order.status !== 'restoration_requested') {
        seen.push({ at: minutes, status: order.status, note: order.restoreRequests.at(-1)!.note });
        break;
      }
    }
    return seen[0];
  }

  it('answer only after their time, the same way for the same seed', async () => {
    const id = idOf('Cancelled by you, window open, 3.2-star seller');
    const a = await requestAndWatch('default', 1, id, 'still_want_item');
    const b = await requestAndWatch('default', 1, id, 'still_want_item');
    expect(a).toBeDefined();
    expect(a!.at).toBeGreaterThan(1);
    expect(b).toEqual(a);
  });

  it('answer differently for other seeds', async () => {
    const answers = new Set<string>();
    for (let seed = 1; seed <= 8; seed += 1) {
      const id = idOf('Cancelled by you, window open, 3.2-star seller', 'default', seed);
      const answer = await requestAndWatch('default', seed, id, 'still_want_item');
      answers.add(`${answer!.at}:${answer!.status}`);
    }
    expect(answers.size).toBeGreaterThan(1);
  });

  it.each([
    [
      'sellers-accept',
      'Cancelled by you, window open (12 minutes left)',
      'cancelled_by_mistake',
      'unpaid',
    ],
    [
      'sellers-decline',
      'Cancelled by you, window open (12 minutes left)',
      'cancelled_by_mistake',
      'cancelled',
    ],
    ['sellers-replace', 'Paid, cancelled by you, refund on its way', 'changed_mind', 'paid'],
    ['sellers-refund', 'Paid, cancelled by you, refund on its way', 'changed_mind', 'refunding'],
    ['sellers-accept', 'Paid, cancelled by you, refund on its way', 'changed_mind', 'paid'],
  ] as const)(
    'in %s answer "%s" after exactly 10 minutes',
    async (scenario, label, reason, status) => {
      const answer = await requestAndWatch(scenario, 1, idOf(label), reason);
      expect(answer).toMatchObject({ at: FORCED_ANSWER_MS / MINUTE, status });
    },
  );
});

describe('faults (flaky scenario)', () => {
  it('recovers a lost answer with a retry using the same key, without a second change', async () => {
    resetMockBackend({ scenario: 'flaky', now: R });
    const targets = [
      'Cancelled by you, window open (12 minutes left)',
      'Cancelled by the seller, window open',
      'Cancelled by you, window open, 3.2-star seller',
      'Paid, cancelled by you, refund on its way',
      'Paid, cancelled by the seller, refund on its way',
      'Paid, cancelled automatically (not shipped in time)',
      'Unpaid, two items',
      'Unpaid, pay-by in about 24 hours',
    ];
    const outcomes: string[] = [];
    for (const label of targets) {
      const key = newKey();
      const path = `/api/orders/${idOf(label, 'flaky')}/${label.startsWith('Unpaid') ? 'pay' : 'buy-again'}`;
      const before = journalLength();
      let first: string;
      try {
        const answer = await send('POST', path, {}, key);
        first = String(answer.status);
      } catch {
        first = 'lost';
      }
      outcomes.push(first);
      if (first === '503') {
        expect(journalLength()).toBe(before);
      }
      if (first === 'lost') {
        expect(journalLength()).toBe(before + 1);
      }
      const retry = await send('POST', path, {}, key);
      expect([200, 409]).toContain(retry.status);
      expect(await send('POST', path, {}, key)).toEqual(retry);
      expect(journalLength()).toBe(before + 1);
    }
    expect(outcomes).toContain('lost');
    expect(outcomes).toContain('503');
  });

  it('repeats the same pattern for the same seed', async () => {
    const pattern = async () => {
      resetMockBackend({ scenario: 'flaky', seed: 5, now: R });
      const statuses: string[] = [];
      for (let i = 0; i < 12; i += 1) {
        try {
          statuses.push(
            String(
              (await send('POST', `/api/orders/${idOf('Unpaid, two items', 'flaky', 5)}/pay`, {}))
                .status,
            ),
          );
        } catch {
          statuses.push('lost');
        }
      }
      return statuses;
    };
    expect(await pattern()).toEqual(await pattern());
  });
});

describe('journal', () => {
  it('picks up a change another tab made to the shared storage', async () => {
    const otherTab = new MockBackend(memoryStore);
    otherTab.start({}, R);
    await otherTab.transaction((tx) =>
      tx.append({
        at: R,
        key: newKey(),
        fingerprint: 'x',
        request: { op: 'pay', orderId: idOf('Unpaid, two items') },
      }),
    );
    expect((await getOrder(idOf('Unpaid, two items'))).status).toBe('paid');
    expect(journalLength()).toBe(1);
  });

  it("takes the state another tab announces even before this tab's storage shows it", async () => {
    let announced: ((state: StoredState) => void) | undefined;
    // This tab's view of localStorage: it still shows the state from before the other tab's write.
    const staleView = createMemoryStore();
    staleView.setRaw(memoryStore.raw());
    const thisTab = new MockBackend({
      ...staleView,
      onRemoteChange: (listener) => {
        announced = listener;
        return () => undefined;
      },
    });
    thisTab.start({}, R);
    thisTab.listenForOtherTabs();
    const id = idOf('Unpaid, two items');
    expect((await thisTab.db()).get(id, R)?.status).toBe('unpaid');

    await getBackend().transaction((tx) =>
      tx.append({ at: R, key: newKey(), fingerprint: 'x', request: { op: 'pay', orderId: id } }),
    );
    const written = memoryStore.raw()!;
    expect(staleView.raw()).not.toBe(written);
    announced!(JSON.parse(written) as StoredState);

    expect((await thisTab.db()).get(id, R)?.status).toBe('paid');
    // The stale storage does not take it back, and once storage catches up nothing changes.
    expect((await thisTab.db()).get(id, R)?.status).toBe('paid');
    staleView.setRaw(written);
    expect((await thisTab.db()).get(id, R)?.status).toBe('paid');
  });

  it('rebuilds the same data from storage, as another tab or a reload would', async () => {
    await expectOrder(send('POST', `/api/orders/${idOf('Unpaid, two items')}/pay`));
    await send('POST', '/api/restore-requests', {
      items: [{ orderId: idOf('Cancelled by the seller, window open'), reason: 'still_want_item' }],
      message: MESSAGE,
    });
    const before = await getOrder(idOf('Cancelled by the seller, window open'));
    const stored = memoryStore.raw();
    getBackend().start({}, R + MINUTE);
    expect(memoryStore.raw()).toBe(stored);
    expect(await getOrder(idOf('Cancelled by the seller, window open'))).toEqual(before);
    expect((await getOrder(idOf('Unpaid, two items'))).status).toBe('paid');
  });
});
