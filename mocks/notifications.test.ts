/**
 * The buyer's notifications (product.md §12) through the mock's handlers: derived from the orders
 * brought up to now, paged with a cursor, marked read one by one or all up to a moment, with the
 * read state kept in the journal like every other change.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  notificationPageSchema,
  problemSchema,
  unreadCountSchema,
  type NotificationDto,
  type NotificationPage,
} from '../src/api/contract';
import { CLOSING_SOON_MS } from '../src/domain/closing-soon';
import { DAY, HOUR, MINUTE, toIso } from '../src/domain/time';
import { getBackend, MockBackend } from './backend';
import { generate } from './generate';
import { memoryStore, resetMockBackend } from './node';
import { orders } from './qa';
import { OTHER_BUYER } from './seed-builder';
import { parseStoredState } from './storage';

const R = Date.UTC(2026, 10, 26, 9, 0, 0);
let keyCounter = 0;
const newKey = () => `notification-test-${++keyCounter}-${Math.random().toString(36).slice(2)}`;

async function send(path: string, body: unknown, key: string | null = newKey()) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (key !== null) headers['Idempotency-Key'] = key;
  const response = await fetch(new URL(path, location.href), {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}

const markRead = (ids: unknown, key?: string | null) =>
  send('/api/notifications/read', { ids }, key);
const markAllRead = (upTo: unknown, key?: string | null) =>
  send('/api/notifications/read-all', { upTo }, key);

async function unreadAnswer(promise: ReturnType<typeof send>): Promise<number> {
  const answer = await promise;
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return unreadCountSchema.parse(answer.body).unread;
}

async function expectProblem(
  promise: ReturnType<typeof send> | Promise<Response>,
  status: number,
  code: string,
) {
  const answer = await promise;
  const body: unknown = answer instanceof Response ? await answer.json() : answer.body;
  const type = answer instanceof Response ? answer.headers.get('content-type') : answer.type;
  expect(answer.status, JSON.stringify(body)).toBe(status);
  expect(type).toBe('application/problem+json');
  const problem = problemSchema.parse(body);
  expect(problem.code).toBe(code);
  return problem;
}

async function page(query = ''): Promise<NotificationPage> {
  const response = await fetch(new URL(`/api/notifications${query}`, location.href));
  expect(response.status).toBe(200);
  return notificationPageSchema.parse(await response.json());
}

/** Every notification, through every page. */
async function allNotifications(limit = 7): Promise<NotificationDto[]> {
  const found: NotificationDto[] = [];
  let cursor: string | null = null;
  do {
    const next: NotificationPage = await page(
      `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
    );
    found.push(...next.notifications);
    cursor = next.nextCursor;
  } while (cursor);
  return found;
}

const readIds = async () =>
  (await allNotifications(100)).filter((found) => found.read).map((found) => found.id);
const journalLength = () => getBackend().journal.length;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: R });
  resetMockBackend({ scenario: 'empty', now: R });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('GET /api/notifications', () => {
  it("derives the seeded buyer's notifications from their orders, newest first, none of another buyer", async () => {
    resetMockBackend({ now: R });
    const found = await allNotifications();
    // The seed's answered, refunded, auto-cancelled and closing orders (README's table).
    expect([...new Set(found.map((n) => n.kind))]).toEqual(
      expect.arrayContaining([
        'auto_cancelled',
        'seller_declined',
        'seller_refunded',
        'seller_replaced',
        'refund_landed',
        'window_closing',
      ]),
    );
    const ats = found.map((n) => Date.parse(n.at));
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    expect(found.every((n) => !n.read && Date.parse(n.at) <= R)).toBe(true);
    expect(found.every((n) => n.id === `${n.orderId}:${n.kind}:${Date.parse(n.at)}`)).toBe(true);
    const others = new Set(
      generate('default', 1, R)
        .orders.filter((order) => order.buyerId === OTHER_BUYER)
        .map((order) => order.id as string),
    );
    expect(others.size).toBeGreaterThan(0);
    expect(found.filter((n) => others.has(n.orderId))).toEqual([]);
    expect((await page()).unread).toBe(found.length);
  });

  it('gives the facts of each: the seller’s note, the amount, the moment named', async () => {
    const [declined] = await getBackend().put(
      orders.cancelled({ declinedNote: 'Sorry, out of stock', windowLeft: '08:00' }),
    );
    const [refund] = await getBackend().put(
      orders.requested({ paid: true, sellerAnswer: 'refund', answerIn: '10:00' }),
    );
    vi.setSystemTime(R + 10 * MINUTE);
    const { notifications } = await page();
    expect(notifications.find((n) => n.orderId === declined)).toMatchObject({
      kind: 'seller_declined',
      note: 'Sorry, out of stock',
      amount: null,
      until: null,
      read: false,
    });
    const refunded = notifications.find((n) => n.orderId === refund)!;
    expect(refunded).toMatchObject({ kind: 'seller_refunded', at: toIso(R + 9 * MINUTE) });
    expect(refunded.amount?.amountMinor).toBeGreaterThan(0);
    expect(refunded.until).not.toBeNull();
  });

  it('pages with a cursor (30 by default, up to 100), each page counting every unread one', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 45);
    const first = await page();
    expect(first.notifications).toHaveLength(30);
    expect(first.unread).toBe(45);
    const second = await page(`?cursor=${first.nextCursor}`);
    expect(second.notifications).toHaveLength(15);
    expect(second.nextCursor).toBeNull();
    expect(second.unread).toBe(45);
    // All at one moment: by id, and no page repeats another's.
    const ids = [...first.notifications, ...second.notifications].map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(45);
    expect(await allNotifications(7)).toEqual(await allNotifications(100));
    expect((await page('?limit=100')).nextCursor).toBeNull();
    expect((await page('?limit=1')).notifications).toHaveLength(1);
  });

  it('goes on after a cursor whose notification has gone since', async () => {
    const [closing] = await getBackend().put(orders.cancelled({ windowLeft: '03:00' }));
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 2);
    const first = await page('?limit=1');
    expect(first.notifications[0]).toMatchObject({ orderId: closing, kind: 'window_closing' });
    vi.setSystemTime(R + 3 * MINUTE);
    const rest = await page(`?limit=5&cursor=${first.nextCursor}`);
    expect(rest.notifications.map((n) => n.kind)).toEqual(['auto_cancelled', 'auto_cancelled']);
    expect(rest.unread).toBe(2);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    // A cursor of the order lists is not one of this list.
    [`?cursor=${btoa(JSON.stringify([0, 1, '1234567890123456']))}`, 'cursor'],
    [`?cursor=${btoa(JSON.stringify([1.5, 'id']))}`, 'cursor'],
    [`?cursor=${btoa(JSON.stringify([1, 'x'.repeat(201)]))}`, 'cursor'],
  ])('refuses %s at its parameter', async (query, path) => {
    const problem = await expectProblem(
      fetch(new URL(`/api/notifications${query}`, location.href)),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it('brings the orders up to now as the clock passes, and never writes', async () => {
    const [requested] = await getBackend().put(
      orders.requested({ sellerAnswer: 'decline', answerIn: '10:00' }),
    );
    const [cancelled] = await getBackend().put(orders.cancelled({ windowLeft: '07:00' }));
    const end = R + 7 * MINUTE;
    const stored = memoryStore.raw();
    const kinds = async () => (await page()).notifications.map((n) => [n.orderId, n.kind]);
    expect(await kinds()).toEqual([]);
    vi.setSystemTime(end - CLOSING_SOON_MS);
    expect(await kinds()).toEqual([[cancelled, 'window_closing']]);
    vi.setSystemTime(end);
    expect(await kinds()).toEqual([]);
    vi.setSystemTime(R + 10 * MINUTE);
    expect(await kinds()).toEqual([[requested, 'seller_declined']]);
    expect((await page()).notifications[0]!.at).toBe(toIso(R + 9 * MINUTE));
    expect(memoryStore.raw()).toBe(stored);
  });
});

describe('POST /api/notifications/read', () => {
  it('marks these read; the others and the count follow', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 3);
    const [a, b, c] = (await page()).notifications;
    expect(await unreadAnswer(markRead([a!.id, c!.id]))).toBe(1);
    const after = await page();
    expect(after.unread).toBe(1);
    expect(after.notifications.map((n) => [n.id, n.read])).toEqual([
      [a!.id, true],
      [b!.id, false],
      [c!.id, true],
    ]);
    expect(await unreadAnswer(markRead([a!.id]))).toBe(1);
    expect(getBackend().journal.map((entry) => entry.request)).toEqual([
      expect.objectContaining({ op: 'put' }),
      { op: 'readNotifications', ids: [a!.id, c!.id] },
      { op: 'readNotifications', ids: [a!.id] },
    ]);
  });

  it('takes ids it does not know, which are read once they come', async () => {
    const [id] = await getBackend().put(orders.cancelled({ windowLeft: '10:00' }));
    const closingAt = R + 10 * MINUTE - CLOSING_SOON_MS;
    // Another tab's clock is a little ahead: it has shown the window closing already.
    expect(await unreadAnswer(markRead([`${id}:window_closing:${closingAt}`, 'nonsense']))).toBe(0);
    vi.setSystemTime(closingAt);
    const { notifications, unread } = await page();
    expect(notifications).toMatchObject([{ kind: 'window_closing', read: true }]);
    expect(unread).toBe(0);
  });
});

describe('POST /api/notifications/read-all', () => {
  it('marks read every notification up to the moment, never later ones, and takes nothing back', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 2);
    vi.setSystemTime(R + HOUR);
    await getBackend().put(orders.cancelled({ declinedNote: 'No, sorry' }));
    vi.setSystemTime(R + 2 * HOUR);
    const before = await page();
    expect(before.unread).toBe(3);
    const declinedAt = before.notifications[0]!.at;
    expect(await unreadAnswer(markAllRead(toIso(Date.parse(declinedAt) - 1)))).toBe(1);
    expect((await page()).notifications.map((n) => n.read)).toEqual([false, true, true]);
    // An earlier moment after a later one: what was read stays read.
    expect(await unreadAnswer(markAllRead(toIso(R)))).toBe(1);
    expect(await unreadAnswer(markAllRead(declinedAt))).toBe(0);
  });

  it('reads an offset time as the moment it names', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }));
    const at = Date.parse((await page()).notifications[0]!.at);
    expect(
      await unreadAnswer(markAllRead(new Date(at - 1).toISOString().replace('Z', '+00:00'))),
    ).toBe(1);
    const plusOne = new Date(at + HOUR).toISOString().replace(/\.\d+Z$/, '+01:00');
    expect(await unreadAnswer(markAllRead(plusOne))).toBe(0);
  });

  it('never marks beyond the moment the request arrives: what comes later is unread', async () => {
    await getBackend().put(orders.cancelled({ windowLeft: '10:00' }));
    expect(await unreadAnswer(markAllRead(toIso(R + DAY)))).toBe(0);
    vi.setSystemTime(R + 6 * MINUTE);
    expect(await page()).toMatchObject({ unread: 1, notifications: [{ read: false }] });
  });
});

describe('marking read is a change like any other', () => {
  it('gives the first answer to the same key and body, even after the count moved on', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 3);
    const [a, b] = (await page()).notifications;
    const key = newKey();
    const first = await markRead([a!.id], key);
    expect(unreadCountSchema.parse(first.body).unread).toBe(2);
    await unreadAnswer(markRead([b!.id]));
    expect(await send('/api/notifications/read', { ids: [a!.id] }, key)).toEqual(first);
    const allKey = newKey();
    const all = await markAllRead(toIso(R), allKey);
    expect(unreadCountSchema.parse(all.body).unread).toBe(0);
    expect(await markAllRead(toIso(R), allKey)).toEqual(all);
    expect(journalLength()).toBe(4);
    // Rebuilt from the journal (as after a reload), the stored change answers as at first.
    const journal = getBackend().journal;
    const replayed = await getBackend().replay(journal[1]!);
    expect(replayed.kind === 'unread' && (await replayed.count())).toBe(2);
  });

  it('refuses the same key with another body, and a change without a key', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 2);
    const [a, b] = (await page()).notifications;
    const key = newKey();
    await unreadAnswer(markRead([a!.id], key));
    const stored = memoryStore.raw();
    await expectProblem(markRead([b!.id], key), 422, 'IDEMPOTENCY_KEY_REUSED');
    await expectProblem(markAllRead(toIso(R), key), 422, 'IDEMPOTENCY_KEY_REUSED');
    await expectProblem(markRead([b!.id], null), 400, 'IDEMPOTENCY_KEY_REQUIRED');
    await expectProblem(markAllRead(toIso(R), null), 400, 'IDEMPOTENCY_KEY_REQUIRED');
    const badKey = await expectProblem(markRead([b!.id], 'bad key!'), 400, 'VALIDATION_FAILED');
    expect(badKey.errors?.map((error) => error.path)).toEqual(['Idempotency-Key']);
    expect(memoryStore.raw()).toBe(stored);
    expect((await page()).unread).toBe(1);
  });

  it('stores nothing when it meets a 503, so its retry with the same key is applied', async () => {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }));
    const [a] = (await page()).notifications;
    const backend = getBackend();
    backend.control.addFault(
      { route: 'POST /api/notifications/read', fault: { kind: 'status', status: 503 } },
      backend.settings.resetAt,
    );
    const key = newKey();
    await expectProblem(markRead([a!.id], key), 503, 'SERVICE_UNAVAILABLE');
    expect(journalLength()).toBe(1);
    expect(await unreadAnswer(markRead([a!.id], key))).toBe(0);
    expect(journalLength()).toBe(2);
  });

  const ids = (count: number, length = 10) =>
    Array.from({ length: count }, (_, at) => `${at}`.padStart(length, 'x'));

  it.each([
    ['read', 'no ids', {}, 'ids'],
    ['read', 'no id at all', { ids: [] }, 'ids'],
    ['read', 'ids that are not a list', { ids: 'all' }, 'ids'],
    ['read', 'an id that is a number', { ids: [42] }, 'ids.0'],
    ['read', 'an id that is null', { ids: [null] }, 'ids.0'],
    ['read', '201 ids', { ids: ids(201) }, 'ids'],
    ['read', 'an id of 201 characters', { ids: ['ok', 'x'.repeat(201)] }, 'ids.1'],
    ['read', 'a field it does not know', { ids: ['ok'], upTo: toIso(R) }, '(body)'],
    ['read', 'text that is not JSON', '{"ids": [', '(body)'],
    ['read-all', 'no upTo', {}, 'upTo'],
    ['read-all', 'an upTo that is no time', { upTo: 'yesterday' }, 'upTo'],
    ['read-all', 'an upTo in milliseconds', { upTo: R }, 'upTo'],
    ['read-all', 'an upTo without its offset', { upTo: '2026-11-26T09:00:00' }, 'upTo'],
    ['read-all', 'a field it does not know', { upTo: toIso(R), ids: ['a'] }, '(body)'],
  ])('%s refuses %s at %s, and stores nothing', async (to, _what, body, path) => {
    const stored = memoryStore.raw();
    const problem = await expectProblem(
      send(`/api/notifications/${to}`, body),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(memoryStore.raw()).toBe(stored);
  });

  it('takes 200 ids of 200 characters', async () => {
    expect(await unreadAnswer(markRead(ids(200, 200)))).toBe(0);
  });
});

describe('the read state is kept in the journal', () => {
  async function someRead() {
    await getBackend().put(orders.cancelled({ cancelledBy: 'platform', paid: true }), 3);
    vi.setSystemTime(R + HOUR);
    await getBackend().put(orders.cancelled({ declinedNote: 'No, sorry' }));
    const [declined, , second] = (await page()).notifications;
    await unreadAnswer(markRead([declined!.id]));
    await unreadAnswer(markAllRead(toIso(Date.parse(second!.at))));
    return readIds();
  }

  it('survives a reload, and another tab sees it', async () => {
    const read = await someRead();
    expect(read).toHaveLength(4);
    vi.setSystemTime(R + 2 * HOUR);
    getBackend().start({}, R + 2 * HOUR);
    expect(await readIds()).toEqual(read);
    const otherTab = new MockBackend(memoryStore);
    otherTab.start({}, R + 2 * HOUR);
    const db = await otherTab.db();
    expect(await db.unreadNotifications(R + 2 * HOUR)).toBe(0);
  });

  it('reads a journal stored before notifications could be read, without a reset', async () => {
    const older = JSON.stringify({
      version: 1,
      settings: { scenario: 'default', seed: 1, resetAt: R, latency: 0 },
      journal: [
        {
          seq: 0,
          at: R,
          key: 'older-key-1',
          fingerprint: 'x',
          request: { op: 'pay', orderId: '1' },
        },
      ],
    });
    expect(parseStoredState(older).kind).toBe('ok');
    await someRead();
    expect(parseStoredState(memoryStore.raw()).kind).toBe('ok');
  });
});
