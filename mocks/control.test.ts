/**
 * QA's per-test control of the mock (product.md §13), through the same handler list the browser
 * uses: faults for the next N calls, orders built in a given state, and what the backend received.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { orderSchema, problemSchema, restoreResultsSchema } from '../src/api/contract';
import { fromOrderDto } from '../src/api/order-mapping';
import { placement, restoreLine } from '../src/domain/placement';
import { whyNotRestorable } from '../src/domain/restore-rules';
import { DAY, MINUTE } from '../src/domain/time';
import { getBackend } from './backend';
import { resetMockBackend } from './node';
import { orders } from './qa';

const R = Date.UTC(2026, 10, 26, 9, 0, 0);
const MESSAGE = 'Hello, I still want this order. Could you please restore it? Thank you!';
let keys = 0;

async function call(method: 'GET' | 'POST', path: string, body?: unknown, key?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (method === 'POST') headers['Idempotency-Key'] = key ?? `control-test-${++keys}`;
  return fetch(new URL(path, location.href), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const backend = () => getBackend();
const fault = (spec: unknown) => backend().control.addFault(spec, backend().settings.resetAt);
const received = () => backend().control.received(backend().settings.resetAt);

async function order(id: string) {
  return fromOrderDto(orderSchema.parse(await (await call('GET', `/api/orders/${id}`)).json()));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: R });
  resetMockBackend({ scenario: 'empty', now: R });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the order builder', () => {
  it('puts orders in exactly the state asked, through the status machine', async () => {
    const [id] = await backend().put(
      orders.cancelled({
        cancelledBy: 'seller',
        windowLeft: '04:00',
        seller: 'kestrel-audio',
        items: 2,
        currency: 'EUR',
      }),
    );
    const built = await order(id!);
    expect(built.status).toBe('cancelled');
    expect(built.cancellation).toMatchObject({ by: 'seller', reason: 'Out of stock' });
    expect(built.cancellation!.restoreWindowEndsAt! - R).toBe(4 * MINUTE);
    expect(built.seller.name).toBe('Kestrel Audio');
    expect(built.items).toHaveLength(2);
    expect(built.total.currency).toBe('EUR');
    expect(restoreLine(built, R)).toMatchObject({ kind: 'window' });
  });

  it.each([
    [orders.unpaid(), { view: 'active', tab: 'unpaid' }],
    [orders.paid(), { view: 'active', tab: 'paid' }],
    [orders.shipped(), { view: 'active', tab: 'shipped' }],
    [orders.finished(), { view: 'active', tab: 'finished' }],
    [orders.refunding(), { view: 'active', tab: 'refunding' }],
    [orders.cancelled(), { view: 'deleted', filter: 'restorable' }],
    [orders.cancelled({ paid: true }), { view: 'deleted', filter: 'restorable' }],
    [orders.cancelled({ windowLeft: 0 }), { view: 'deleted', filter: 'closed' }],
    [orders.cancelled({ paid: true, refundIn: 0 }), { view: 'deleted', filter: 'closed' }],
    [orders.cancelled({ cancelledBy: 'platform' }), { view: 'deleted', filter: 'restorable' }],
    [
      orders.cancelled({ paid: true, cancelledBy: 'platform' }),
      { view: 'deleted', filter: 'restorable' },
    ],
    [
      orders.cancelled({ declinedNote: 'No stock left.' }),
      { view: 'deleted', filter: 'restorable' },
    ],
    [orders.requested(), { view: 'deleted', filter: 'requested' }],
    [orders.requested({ paid: true }), { view: 'deleted', filter: 'requested' }],
  ])('%o is placed where a buyer expects it', async (spec, where) => {
    const [id] = await backend().put(spec);
    expect(placement(await order(id!), R)).toEqual(where);
  });

  it('builds many at once, each with its own number, kept across a rebuild (a reload)', async () => {
    const ids = await backend().put(orders.cancelled({ paid: true, refundIn: 3 * DAY }), 300);
    expect(new Set(ids).size).toBe(300);
    backend().start({}, R);
    const again = await order(ids[299]!);
    expect(whyNotRestorable(again, R)).toBeNull();
    expect(again.refundBy! - R).toBeLessThanOrEqual(3 * DAY);
  });

  it('lets the seller answer when asked, as the clock passes', async () => {
    const [id] = await backend().put(
      orders.requested({ sellerAnswer: 'decline', answerIn: '05:00' }),
    );
    expect((await order(id!)).status).toBe('restoration_requested');
    vi.setSystemTime(R + 5 * MINUTE + 1);
    const answered = await order(id!);
    expect(answered.status).toBe('cancelled');
    expect(answered.restoreRequests.at(-1)).toMatchObject({ outcome: 'declined' });
  });

  it('refuses a spec it cannot build, and stores nothing', async () => {
    const before = backend().journal.length;
    await expect(backend().put(orders.cancelled({ windowLeft: '20:00' }))).rejects.toThrow(
      /longer than a restore window/,
    );
    await expect(backend().put({ status: 'lost' })).rejects.toThrow();
    expect(backend().journal.length).toBe(before);
  });
});

describe('faults for the next calls', () => {
  it('answers a status for the next N calls of one endpoint, then lets calls through', async () => {
    fault({ route: 'GET /api/orders/counts', times: 2, fault: { kind: 'status', status: 503 } });
    for (let i = 0; i < 2; i += 1) {
      const answer = await call('GET', '/api/orders/counts');
      expect(answer.status).toBe(503);
      expect(problemSchema.parse(await answer.json()).code).toBe('SERVICE_UNAVAILABLE');
    }
    expect((await call('GET', '/api/orders/counts')).status).toBe(200);
    // Other endpoints never met it.
    expect(backend().control.faults(backend().settings.resetAt)).toEqual([]);
  });

  it("can aim at one order, in the path or among a restore request's items", async () => {
    const [target, other] = await backend().put(orders.cancelled(), 2);
    fault({
      route: 'POST /api/restore-requests',
      orderId: target,
      fault: { kind: 'status', status: 409 },
    });
    const untouched = await call('POST', '/api/restore-requests', {
      items: [{ orderId: other, reason: 'still_want_item' }],
      message: MESSAGE,
    });
    expect(untouched.status).toBe(200);
    const refused = await call('POST', '/api/restore-requests', {
      items: [{ orderId: target, reason: 'still_want_item' }],
      message: MESSAGE,
    });
    expect(refused.status).toBe(409);
    expect((await order(target!)).status).toBe('cancelled');

    fault({ route: 'GET /api/orders/:id', orderId: other, fault: { kind: 'status', status: 404 } });
    expect((await call('GET', `/api/orders/${target}`)).status).toBe(200);
    expect((await call('GET', `/api/orders/${other}`)).status).toBe(404);
  });

  it('loses the answer of a change it has applied; a retry with the key gets the first answer', async () => {
    const [id] = await backend().put(orders.cancelled());
    fault({ route: 'POST /api/restore-requests', fault: { kind: 'lose-answer' } });
    const body = { items: [{ orderId: id, reason: 'still_want_item' }], message: MESSAGE };
    await expect(call('POST', '/api/restore-requests', body, 'same-key-123')).rejects.toThrow();
    expect((await order(id!)).status).toBe('restoration_requested');
    const retried = await call('POST', '/api/restore-requests', body, 'same-key-123');
    expect(restoreResultsSchema.parse(await retried.json()).results[0]).toMatchObject({ ok: true });
    expect(backend().journal.filter((entry) => entry.request.op === 'restore')).toHaveLength(1);
  });

  it('answers slowly when asked', async () => {
    vi.useRealTimers();
    resetMockBackend({ scenario: 'empty' });
    fault({ route: '/api/orders', fault: { kind: 'delay', ms: 150 } });
    const started = performance.now();
    expect((await call('GET', '/api/orders?view=deleted')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('refuses a fault it does not understand', () => {
    expect(() => fault({ route: 'orders', fault: { kind: 'status', status: 503 } })).toThrow();
    expect(() => fault({ route: '/api/orders', fault: { kind: 'status', status: 200 } })).toThrow();
  });

  it('forgets its faults when the data is reset', () => {
    fault({ route: '/api/orders', fault: { kind: 'status', status: 500 } });
    resetMockBackend({ scenario: 'empty', now: R + 1 });
    expect(backend().control.faults(backend().settings.resetAt)).toEqual([]);
  });
});

describe('what the backend received', () => {
  it('logs each call with its body, key and the status it was answered with', async () => {
    const [id] = await backend().put(orders.unpaid());
    await call('GET', '/api/orders/counts?q=lamp');
    await call('POST', `/api/orders/${id}/pay`, {}, 'pay-key-123456');
    await call('POST', `/api/orders/${id}/pay`, {}, 'pay-key-654321');
    expect(
      received().map(({ method, path, query, idempotencyKey, body, status }) => ({
        method,
        path,
        query,
        idempotencyKey,
        body,
        status,
      })),
    ).toEqual([
      {
        method: 'GET',
        path: '/api/orders/counts',
        query: '?q=lamp',
        idempotencyKey: null,
        body: null,
        status: 200,
      },
      {
        method: 'POST',
        path: `/api/orders/${id}/pay`,
        query: '',
        idempotencyKey: 'pay-key-123456',
        body: {},
        status: 200,
      },
      {
        method: 'POST',
        path: `/api/orders/${id}/pay`,
        query: '',
        idempotencyKey: 'pay-key-654321',
        body: {},
        status: 409,
      },
    ]);
  });
});
