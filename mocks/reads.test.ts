import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countsSchema,
  orderListSchema,
  orderSchema,
  problemSchema,
  restoreReasonIdSchema,
  saleEventsSchema,
  selectionSchema,
  type OrderSummaryDto,
  type OrderList,
} from '../src/api/contract';
import { reasonsFor } from '../src/domain/reasons';
import { DAY, HOUR } from '../src/domain/time';
import { getBackend } from './backend';
import { generate } from './generate';
import { memoryStore, resetMockBackend } from './node';
import { OTHER_BUYER } from './seed-builder';
import { NOTICE_CORRUPTED, NOTICE_OLD_VERSION } from './storage';

const R = Date.UTC(2026, 10, 26, 9, 0, 0);

async function get(path: string) {
  const response = await fetch(new URL(path, location.href));
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}

async function getOk<T>(path: string, schema: { parse: (value: unknown) => T }): Promise<T> {
  const { status, body } = await get(path);
  expect(status).toBe(200);
  return schema.parse(body);
}

async function getProblem(path: string, status: number, code: string) {
  const answer = await get(path);
  expect(answer.status).toBe(status);
  expect(answer.type).toBe('application/problem+json');
  const problem = problemSchema.parse(answer.body);
  expect(problem.code).toBe(code);
  expect(problem.detail.length).toBeGreaterThan(10);
  return problem;
}

async function allPages(query: string): Promise<OrderSummaryDto[]> {
  const orders: OrderSummaryDto[] = [];
  let cursor: string | null = null;
  do {
    const page: OrderList = await getOk(
      `/api/orders?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      orderListSchema,
    );
    orders.push(...page.orders);
    cursor = page.nextCursor;
  } while (cursor);
  return orders;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: R });
  resetMockBackend({ now: R });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('GET /api/orders', () => {
  it('lists My Orders newest first, in pages that add up to the total', async () => {
    const first = await getOk('/api/orders?view=active', orderListSchema);
    const all = await allPages('view=active');
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    const placed = all.map((o) => Date.parse(o.placedAt));
    expect(placed).toEqual([...placed].sort((a, b) => b - a));
    expect(
      all.every((o) => ['unpaid', 'paid', 'shipped', 'refunding', 'finished'].includes(o.status)),
    ).toBe(true);
  });

  it('lists Deleted Orders soonest-expiring restore first', async () => {
    const restorable = await allPages('view=deleted&filter=restorable');
    expect(restorable.length).toBeGreaterThan(5);
    const deadlines = restorable.map((o) =>
      Date.parse(o.payment.state === 'paid' ? o.refundBy! : o.cancellation!.restoreWindowEndsAt!),
    );
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const all = await allPages('view=deleted');
    expect(all.map((o) => o.id).slice(0, restorable.length)).toEqual(restorable.map((o) => o.id));
  });

  it('filters by tab and searches by order number, product title and store', async () => {
    const unpaid = await allPages('view=active&tab=unpaid');
    expect(unpaid.length).toBeGreaterThan(0);
    expect(unpaid.every((o) => o.status === 'unpaid')).toBe(true);
    const one = unpaid[0]!;
    const byNumber = await getOk(
      `/api/orders?view=active&q=${one.id.slice(3, 12)}`,
      orderListSchema,
    );
    expect(byNumber.orders.map((o) => o.id)).toContain(one.id);
    const byTitle = await allPages(
      `view=active&q=${encodeURIComponent(one.items[0]!.title.toUpperCase())}`,
    );
    expect(byTitle.map((o) => o.id)).toContain(one.id);
    const byStore = await allPages('view=deleted&q=kestrel%20audio');
    expect(byStore.length).toBeGreaterThan(0);
    expect(byStore.every((o) => o.seller.name === 'Kestrel Audio')).toBe(true);
    const none = await getOk('/api/orders?view=active&q=no-such-thing-at-all', orderListSchema);
    expect(none).toEqual({ orders: [], nextCursor: null, total: 0 });
  });

  it("never shows another buyer's orders", async () => {
    const foreign = generate('default', 1, R).orders.filter((o) => o.buyerId === OTHER_BUYER);
    expect(foreign.length).toBeGreaterThan(0);
    const everything = [...(await allPages('view=active')), ...(await allPages('view=deleted'))];
    for (const order of foreign) {
      expect(everything.map((o) => o.id)).not.toContain(order.id);
      await getProblem(`/api/orders/${order.id}`, 404, 'NOT_FOUND');
      const search = await getOk(`/api/orders?view=active&q=${order.id}`, orderListSchema);
      expect(search.total).toBe(0);
    }
  });

  it.each([
    ['view=archived', 'view'],
    ['', 'view'],
    ['view=active&tab=lost', 'tab'],
    ['view=deleted&filter=forgotten', 'filter'],
    ['view=active&limit=0', 'limit'],
    ['view=active&limit=201', 'limit'],
    ['view=active&limit=ten', 'limit'],
    ['view=active&cursor=not-a-cursor', 'cursor'],
    [`view=active&q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s with VALIDATION_FAILED at %s', async (query, path) => {
    const problem = await getProblem(`/api/orders?${query}`, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it('serves up to 200 orders a page', async () => {
    resetMockBackend({ scenario: 'many-orders', now: R });
    const page = await getOk('/api/orders?view=deleted&limit=200', orderListSchema);
    expect(page.orders).toHaveLength(200);
    expect(page.total).toBe(10_000);
    expect(page.nextCursor).not.toBeNull();
  });
});

describe('GET /api/orders/counts', () => {
  it('counts every tab and filter, with search', async () => {
    const counts = await getOk('/api/orders/counts', countsSchema);
    const active = await allPages('view=active');
    const deleted = await allPages('view=deleted');
    expect(counts.active.all).toBe(active.length);
    expect(counts.deleted.all).toBe(deleted.length);
    expect(
      counts.active.unpaid +
        counts.active.paid +
        counts.active.shipped +
        counts.active.refunding +
        counts.active.finished,
    ).toBe(counts.active.all);
    expect(counts.deleted.restorable + counts.deleted.requested + counts.deleted.closed).toBe(
      counts.deleted.all,
    );
    for (const filter of ['restorable', 'requested', 'closed'] as const) {
      expect(counts.deleted[filter]).toBe((await allPages(`view=deleted&filter=${filter}`)).length);
    }
    const searched = await getOk('/api/orders/counts?q=kestrel', countsSchema);
    expect(searched.active.all + searched.deleted.all).toBeGreaterThan(0);
    expect(searched.active.all + searched.deleted.all).toBeLessThan(
      counts.active.all + counts.deleted.all,
    );
  });
});

describe('GET /api/orders/selection', () => {
  it.each(['all', 'restorable', 'requested', 'closed'])(
    'agrees with the list for filter=%s',
    async (filter) => {
      const selection = await getOk(
        `/api/orders/selection?view=deleted&filter=${filter}`,
        selectionSchema,
      );
      const list = await allPages(`view=deleted&filter=${filter}`);
      expect(selection.items.map((item) => item.id)).toEqual(list.map((o) => o.id));
      for (const item of selection.items) {
        const order = list.find((o) => o.id === item.id)!;
        expect(item.paid).toBe(order.payment.state === 'paid');
        expect(selection.sellers.find((seller) => seller.id === item.sellerId)).toEqual(
          order.seller,
        );
        expect(item.restorable).toBe(
          filter === 'restorable' || (filter === 'all' && item.whyNot === null),
        );
      }
    },
  );

  it('explains why an order cannot be restored', async () => {
    const { items } = await getOk('/api/orders/selection?view=deleted', selectionSchema);
    const reasons = new Set(items.map((item) => item.whyNot));
    expect(reasons).toEqual(
      new Set([null, 'ALREADY_REQUESTED', 'RESTORE_WINDOW_CLOSED', 'REFUND_COMPLETED']),
    );
  });

  it('works on Deleted Orders only', async () => {
    await getProblem('/api/orders/selection?view=active', 400, 'VALIDATION_FAILED');
  });
});

describe('GET /api/orders/:id', () => {
  it('gives the order with its timeline', async () => {
    const [first] = (await getOk('/api/orders?view=deleted&limit=1', orderListSchema)).orders;
    const order = await getOk(`/api/orders/${first!.id}`, orderSchema);
    const { timeline, ...summary } = order;
    expect(summary).toEqual(first);
    expect(first).not.toHaveProperty('timeline');
    expect(timeline.length).toBeGreaterThan(1);
    expect(timeline[0]!.kind).toBe('placed');
  });

  it('answers 404 for an unknown order and 400 for a malformed number', async () => {
    await getProblem('/api/orders/1234567890123456', 404, 'NOT_FOUND');
    await getProblem('/api/orders/12345', 400, 'VALIDATION_FAILED');
    await getProblem('/api/orders/%3Cscript%3E', 400, 'VALIDATION_FAILED');
  });

  it('never shows what only the simulated seller knows', async () => {
    const requested = await allPages('view=deleted&filter=requested');
    const text = JSON.stringify(requested);
    expect(text).not.toContain('plannedDecision');
    expect(text).not.toContain('shipDelayMs');
  });
});

describe('reasons and sale events', () => {
  it("accepts exactly the reasons the UI offers (their words are the UI's, not served)", () => {
    const offered = [...reasonsFor('unpaid'), ...reasonsFor('paid')];
    expect([...restoreReasonIdSchema.options].sort()).toEqual([...new Set(offered)].sort());
    expect(restoreReasonIdSchema.safeParse('because').success).toBe(false);
  });

  it('lists the sale that is on first', async () => {
    resetMockBackend({ scenario: 'big-sale', now: R });
    const { events } = await getOk('/api/sale-events', saleEventsSchema);
    expect(events[0]!.name).toBe('Black Friday Big Sale');
    expect(Date.parse(events[0]!.startsAt)).toBeLessThanOrEqual(R);
    expect(Date.parse(events[0]!.endsAt)).toBeGreaterThan(R);
  });
});

describe('GET /api/openapi.json', () => {
  it('serves the committed OpenAPI document (src/api/openapi.test.ts checks it against the contract)', async () => {
    const { default: committed } = await import('../src/api/openapi.json');
    const answer = await get('/api/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/json');
    expect(answer.body).toEqual(committed);
  });
});

describe('time: deadlines and seller decisions appear when the clock passes them', () => {
  it('auto-cancels an unpaid order only once its pay-by passes', async () => {
    const unpaid = await allPages('view=active&tab=unpaid');
    const soonest = unpaid
      .map((o) => ({ id: o.id, payBy: Date.parse(o.payBy!) }))
      .sort((a, b) => a.payBy - b.payBy)[0]!;
    vi.setSystemTime(soonest.payBy - 1);
    expect((await getOk(`/api/orders/${soonest.id}`, orderSchema)).status).toBe('unpaid');
    vi.setSystemTime(soonest.payBy);
    const after = await getOk(`/api/orders/${soonest.id}`, orderSchema);
    expect(after.status).toBe('cancelled');
    expect(after.cancellation).toMatchObject({ by: 'platform', reason: 'payment_not_received' });
  });

  it('applies a pending seller decision once its time has come', async () => {
    const requested = await allPages('view=deleted&filter=requested');
    expect(requested.length).toBeGreaterThan(0);
    vi.setSystemTime(R + 4 * HOUR);
    for (const order of requested) {
      const later = await getOk(`/api/orders/${order.id}`, orderSchema);
      expect(later.status).not.toBe('restoration_requested');
      expect(later.timeline.at(-1)!.actor).toBe('seller');
    }
  });

  it('closes a restore window while time passes', async () => {
    const restorable = await allPages('view=deleted&filter=restorable');
    const unpaid = restorable.find((o) => o.payment.state === 'unpaid')!;
    vi.setSystemTime(Date.parse(unpaid.cancellation!.restoreWindowEndsAt!));
    const closed = await allPages('view=deleted&filter=closed');
    expect(closed.map((o) => o.id)).toContain(unpaid.id);
  });
});

describe('storage', () => {
  it('leaves storage byte-for-byte unchanged on every read', async () => {
    const before = memoryStore.raw();
    expect(before).not.toBeNull();
    vi.setSystemTime(R + 3 * DAY);
    await allPages('view=active');
    await allPages('view=deleted');
    await get('/api/orders/counts');
    await get('/api/orders/selection?view=deleted');
    await get('/api/orders/1234567890123456');
    expect(memoryStore.raw()).toBe(before);
  });

  it('stores only the settings and an empty journal after a reset', () => {
    const stored = JSON.parse(memoryStore.raw()!) as Record<string, unknown>;
    expect(stored).toEqual({
      version: 1,
      settings: { scenario: 'default', seed: 1, resetAt: R, latency: 0 },
      journal: [],
    });
  });

  it.each([
    ['corrupted', '{"version":1,"settings":', NOTICE_CORRUPTED],
    [
      'of the wrong shape',
      '{"version":1,"settings":{"scenario":"nope"},"journal":{}}',
      NOTICE_CORRUPTED,
    ],
    ['of an older version', '{"version":0,"journal":[]}', NOTICE_OLD_VERSION],
  ])('resets storage that is %s, with a notice', async (_label, text, notice) => {
    memoryStore.setRaw(text);
    const notices: string[] = [];
    const backend = getBackend();
    backend.start({}, R);
    const stop = backend.onNotice((n) => notices.push(n));
    stop();
    expect(notices).toEqual([notice]);
    const page = await getOk('/api/orders?view=active', orderListSchema);
    expect(page.total).toBeGreaterThan(0);
    expect(JSON.parse(memoryStore.raw()!)).toMatchObject({ version: 1, journal: [] });
  });
});
