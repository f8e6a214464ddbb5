// @vitest-environment node
/**
 * The buyer's notifications (product.md §12), read off the orders' histories: which timeline
 * entries make one and with which facts, when a window is "closing soon", the feed's order, and
 * the read state the backend keeps.
 */
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import type { OrderEvent } from './machine';
import { CLOSING_SOON_MS, closesSoon, closingSoon } from './closing-soon';
import {
  compareNotifications,
  isRead,
  NOTHING_READ,
  NOTIFICATION_KINDS,
  notificationFeed,
  notificationsOf,
  withAllReadUpTo,
  withRead,
  type BuyerNotification,
  type NotificationKind,
} from './notifications';
import type { Order } from './order';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();
const TOTAL = { amountMinor: 2500, currency: 'USD' } as const;
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled (Wed 25 Nov). */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);
const ID = states.unpaid.id;

/** A notification with exactly these facts, every other one null. */
function expected(
  kind: NotificationKind,
  at: number,
  facts: Partial<Pick<BuyerNotification, 'note' | 'amount' | 'until'>> = {},
  orderId = ID,
): BuyerNotification {
  return {
    id: `${orderId}:${kind}:${at}`,
    orderId,
    kind,
    at,
    note: facts.note ?? null,
    amount: facts.amount ?? null,
    until: facts.until ?? null,
  };
}

/** The order after these events, and its notifications just after the last one. */
function after(order: Order, steps: ReadonlyArray<OrderEvent | [OrderEvent, number]>) {
  const next = apply(order, steps);
  return { at: lastAt(next), found: notificationsOf(next, lastAt(next)) };
}

const request = (message = 'Please restore it, thanks'): OrderEvent => ({
  type: 'requestRestore',
  reason: 'cancelled_by_mistake',
  message,
});

describe('notificationsOf: the timeline entries the buyer must hear of', () => {
  const cases: ReadonlyArray<
    [string, () => { found: BuyerNotification[]; at: number }, (at: number) => BuyerNotification[]]
  > = [
    ['a placed order: none', () => after(states.unpaid, []), () => []],
    ['paid, shipped, received: none', () => after(states.finished, []), () => []],
    ['cancelled by the buyer: none', () => after(states.cancelledUnpaid, []), () => []],
    ['cancelled by the seller: none', () => after(states.cancelledPaid, []), () => []],
    [
      'a request sent, and withdrawn: none',
      () => after(states.requestedUnpaid, [{ type: 'withdrawRequest' }]),
      () => [],
    ],
    [
      'cancelled by the platform, unpaid at pay-by: auto_cancelled',
      () => after(states.unpaid, [[{ type: 'payByPasses' }, T0 + DAY]]),
      (at) => [expected('auto_cancelled', at)],
    ],
    [
      'cancelled by the platform, paid at ship-by: auto_cancelled',
      () => after(states.paid, [[{ type: 'shipByPasses' }, states.paid.shipBy!]]),
      (at) => [expected('auto_cancelled', at)],
    ],
    [
      'accepted, with a note: seller_accepted with the note and the pay-by',
      () => after(states.requestedUnpaid, [{ type: 'accept', note: 'Restored, pay soon' }]),
      (at) => [expected('seller_accepted', at, { note: 'Restored, pay soon', until: at + DAY })],
    ],
    [
      'accepted without a note: seller_accepted, note null',
      () => after(states.requestedUnpaid, [{ type: 'accept' }]),
      (at) => [expected('seller_accepted', at, { until: at + DAY })],
    ],
    [
      'accepted with a replacement: seller_replaced with the ships-by',
      () =>
        after(states.requestedPaid, [{ type: 'acceptWithReplacement', note: 'Sending a new one' }]),
      (at) => [expected('seller_replaced', at, { note: 'Sending a new one', until: at + 5 * DAY })],
    ],
    [
      'accepted with a refund: seller_refunded with the amount and the refund-by',
      () => after(states.requestedPaid, [{ type: 'acceptWithRefund', note: 'Refunding you' }]),
      (at) => [
        expected('seller_refunded', at, { note: 'Refunding you', amount: TOTAL, until: REFUND_BY }),
      ],
    ],
    [
      'declined: seller_declined with the note as written',
      () => after(states.requestedUnpaid, [{ type: 'decline', note: '  Sold out, sorry  ' }]),
      (at) => [expected('seller_declined', at, { note: '  Sold out, sorry  ' })],
    ],
    [
      'unanswered at answer-by: request_expired',
      () =>
        after(states.requestedPaid, [
          [{ type: 'answerByPasses' }, states.requestedPaid.restoreRequests[0]!.answerBy],
        ]),
      (at) => [expected('request_expired', at)],
    ],
    [
      'a paid cancelled order refunded at refund-by: refund_landed with the amount',
      () => after(states.cancelledPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]),
      (at) => [expected('refund_landed', at, { amount: TOTAL })],
    ],
    [
      'a request closed by the refund: refund_landed only, not the closing',
      () => after(states.requestedPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]),
      (at) => [expected('refund_landed', at, { amount: TOTAL })],
    ],
    [
      'refunding, then the refund lands: seller_refunded, then refund_landed',
      () => after(states.refunding, [[{ type: 'refundByPasses' }, REFUND_BY]]),
      (at) => [
        expected('seller_refunded', T0 + 4 * MINUTE, { amount: TOTAL, until: REFUND_BY }),
        expected('refund_landed', at, { amount: TOTAL }),
      ],
    ],
    [
      'declined, asked again, accepted: both answers, oldest first',
      () =>
        after(states.requestedUnpaid, [
          { type: 'decline', note: 'Not now' },
          request('Please, once more'),
          { type: 'accept', note: 'Fine' },
        ]),
      (at) => [
        expected('seller_declined', at - 2 * MINUTE, { note: 'Not now' }),
        expected('seller_accepted', at, { note: 'Fine', until: at + DAY }),
      ],
    ],
  ];

  it.each(cases)('%s', (_, build, want) => {
    const { found, at } = build();
    expect(found).toEqual(want(at));
  });

  it('names every kind but window_closing from a timeline entry (window_closing: below)', () => {
    const kinds = new Set(cases.flatMap(([, build]) => build().found.map((found) => found.kind)));
    expect([...kinds, 'window_closing'].sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('gives the same ids at every read: `${orderId}:${kind}:${at}`', () => {
    const declined = apply(states.requestedUnpaid, [{ type: 'decline', note: 'No' }]);
    const at = lastAt(declined);
    const first = notificationsOf(declined, at);
    expect(first.map((found) => found.id)).toEqual([`${ID}:seller_declined:${at}`]);
    expect(notificationsOf(declined, at + HOUR)).toEqual(first);
  });
});

describe('window_closing: an unpaid restorable order whose window ends within 5 minutes', () => {
  // Cancelled at T0 + 1 min; the window ends 15 minutes later.
  const cancelled = states.cancelledUnpaid;
  const end = cancelled.cancellation!.restoreWindowEndsAt!;
  const closing = expected('window_closing', end - CLOSING_SOON_MS, { until: end });

  it.each([
    ['just cancelled', lastAt(cancelled), []],
    ['5 minutes + 1 ms before the end', end - CLOSING_SOON_MS - 1, []],
    ['exactly 5 minutes before the end', end - CLOSING_SOON_MS, [closing]],
    ['1 minute before the end', end - MINUTE, [closing]],
    ['1 ms before the end', end - 1, [closing]],
    ['at the end (the window closed)', end, []],
    ['after the end', end + HOUR, []],
  ] as const)('%s', (_, now, found) => {
    expect(notificationsOf(cancelled, now)).toEqual(found);
  });

  it('dates a window shorter than 5 minutes from its cancellation', () => {
    const c = cancelled.cancellation!;
    const short: Order = {
      ...cancelled,
      cancellation: { ...c, restoreWindowEndsAt: c.at + 3 * MINUTE },
    };
    expect(notificationsOf(short, c.at)).toEqual([
      expected('window_closing', c.at, { until: c.at + 3 * MINUTE }),
    ]);
  });

  it('comes after the seller declined, while the window is still open', () => {
    const declined = apply(states.requestedUnpaid, [{ type: 'decline', note: 'No' }]);
    expect(notificationsOf(declined, end - MINUTE)).toEqual([
      expected('seller_declined', lastAt(declined), { note: 'No' }),
      closing,
    ]);
  });

  it.each([
    ['an order asked for (already requested)', states.requestedUnpaid, end - MINUTE],
    ['a paid order whose refund-by is 1 minute away', states.cancelledPaid, REFUND_BY - MINUTE],
    ['an order not cancelled', states.unpaid, end - MINUTE],
  ])('never for %s', (_, order, now) => {
    expect(notificationsOf(order, now).filter((found) => found.kind === 'window_closing')).toEqual(
      [],
    );
  });
});

describe('closingSoon: the orders whose last moment to restore comes within 5 minutes', () => {
  const now = T0;
  it.each([
    [now + CLOSING_SOON_MS, true],
    [now + CLOSING_SOON_MS + 1, false],
    [now + 1, true],
    [now, false],
    [now - 1, false],
  ])('restore by %s', (restoreBy, soon) => {
    expect(closesSoon(restoreBy, now)).toBe(soon);
  });

  it('keeps exactly those items, in their order', () => {
    const items = [
      { id: 'a', restoreBy: now + 4 * MINUTE },
      { id: 'b', restoreBy: now + 6 * MINUTE },
      { id: 'c', restoreBy: now + MINUTE },
      { id: 'd', restoreBy: now },
    ];
    expect(closingSoon(items, now)).toEqual([items[0], items[2]]);
  });
});

describe('notificationFeed: every order’s, newest first', () => {
  const first = newOrder(T0, '1000000000000001');
  const second = newOrder(T0, '1000000000000002');
  const autoCancelled = (order: Order) => apply(order, [[{ type: 'payByPasses' }, T0 + DAY]]);
  const declined = apply(states.requestedUnpaid, [[{ type: 'decline', note: 'No' }, T0 + HOUR]]);

  it('orders by moment, newest first, and the same moment by id', () => {
    const orders = [autoCancelled(second), declined, autoCancelled(first)];
    const feed = notificationFeed(orders, T0 + 2 * DAY);
    expect(feed.map((found) => found.id)).toEqual([
      `1000000000000001:auto_cancelled:${T0 + DAY}`,
      `1000000000000002:auto_cancelled:${T0 + DAY}`,
      `${ID}:seller_declined:${T0 + HOUR}`,
    ]);
    expect(notificationFeed([...orders].reverse(), T0 + 2 * DAY)).toEqual(feed);
  });

  it('leaves out what comes after now', () => {
    const orders = [autoCancelled(first), declined];
    expect(notificationFeed(orders, T0 + DAY - 1).map((found) => found.kind)).toEqual([
      'seller_declined',
    ]);
    expect(notificationFeed(orders, T0 + HOUR - 1)).toEqual([]);
    expect(notificationFeed(orders, T0 + HOUR).map((found) => found.at)).toEqual([T0 + HOUR]);
  });

  it('compares by moment, then id', () => {
    const a = expected('refund_landed', T0, {}, first.id);
    const b = expected('refund_landed', T0, {}, second.id);
    const later = expected('refund_landed', T0 + 1, {}, second.id);
    expect(compareNotifications(a, b)).toBeLessThan(0);
    expect(compareNotifications(b, a)).toBeGreaterThan(0);
    expect(compareNotifications(a, { at: a.at, id: a.id })).toBe(0);
    expect(compareNotifications(later, a)).toBeLessThan(0);
    expect(compareNotifications(a, later)).toBeGreaterThan(0);
  });
});

describe('read state', () => {
  const at = T0 + HOUR;
  const found = expected('seller_declined', at);

  it.each([
    ['nothing read', NOTHING_READ, false],
    ['its id read', withRead(NOTHING_READ, [found.id]), true],
    ['other ids read', withRead(NOTHING_READ, ['other', `${found.id}x`]), false],
    ['all read up to its moment', withAllReadUpTo(NOTHING_READ, at), true],
    ['all read up to later', withAllReadUpTo(NOTHING_READ, at + 1), true],
    ['all read up to 1 ms before it', withAllReadUpTo(NOTHING_READ, at - 1), false],
  ])('%s', (_, state, read) => {
    expect(isRead(found, state)).toBe(read);
  });

  it('keeps the latest "all read up to", and every id, without changing the state it was given', () => {
    const later = withAllReadUpTo(NOTHING_READ, at);
    expect(withAllReadUpTo(later, at - HOUR).allReadUpTo).toBe(at);
    expect(withAllReadUpTo(later, at + HOUR).allReadUpTo).toBe(at + HOUR);
    const one = withRead(later, ['a']);
    const two = withRead(one, ['b', 'a']);
    expect([...two.ids]).toEqual(['a', 'b']);
    expect(two.allReadUpTo).toBe(at);
    expect([...one.ids]).toEqual(['a']);
    expect(NOTHING_READ).toEqual({ ids: new Set(), allReadUpTo: null });
    expect(withRead(NOTHING_READ, ['a']).allReadUpTo).toBeNull();
  });
});
