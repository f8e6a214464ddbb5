// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import type { Order } from './order';
import {
  ACTIVE_TABS,
  activeSortKey,
  cancellationReason,
  compareSortKeys,
  deletedSortKey,
  DELETED_FILTERS,
  shownIn,
  matchesTab,
  placement,
  restoreLine,
  stillInFilter,
  viewOf,
} from './placement';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();
/** The orders of a list in the order the mock sorts them, by their sort keys. */
const compareDeleted = (a: Order, b: Order, now: number) =>
  compareSortKeys(deletedSortKey(a, now), deletedSortKey(b, now));
const compareActive = (a: Order, b: Order) => compareSortKeys(activeSortKey(a), activeSortKey(b));
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled. */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

describe('placement (product.md §4)', () => {
  it('puts live orders in My Orders under their own tab', () => {
    for (const state of ['unpaid', 'paid', 'shipped', 'refunding', 'finished'] as const) {
      const order = states[state];
      expect(placement(order, lastAt(order))).toEqual({ view: 'active', tab: order.status });
      expect(matchesTab(order, 'all')).toBe(true);
      expect(shownIn(placement(order, lastAt(order)), 'deleted', 'all', 'all')).toBe(false);
    }
  });

  it('puts cancelled orders in Deleted Orders: restorable, requested or closed', () => {
    const { cancelledUnpaid, requestedPaid, cancelledPaid } = states;
    const windowEnd = cancelledUnpaid.cancellation!.restoreWindowEndsAt!;
    expect(placement(cancelledUnpaid, windowEnd - 1)).toEqual({
      view: 'deleted',
      filter: 'restorable',
    });
    expect(placement(cancelledUnpaid, windowEnd)).toEqual({ view: 'deleted', filter: 'closed' });
    expect(placement(requestedPaid, lastAt(requestedPaid))).toEqual({
      view: 'deleted',
      filter: 'requested',
    });
    expect(placement(cancelledPaid, cancelledPaid.refundBy!)).toEqual({
      view: 'deleted',
      filter: 'closed',
    });
    expect(matchesTab(cancelledPaid, 'all')).toBe(false);
  });
});

// The line's words (restoreLineText, requestWaitText): src/i18n/words/order-words.test.ts.
describe('the restore line', () => {
  it('keeps the window of an unpaid order open to its end, then closes it', () => {
    const { cancelledUnpaid } = states;
    const cancelledAt = cancelledUnpaid.cancellation!.at;
    expect(restoreLine(cancelledUnpaid, cancelledAt)).toMatchObject({
      kind: 'window',
      endsAt: cancelledAt + 15 * MINUTE,
    });
    expect(restoreLine(cancelledUnpaid, cancelledAt + 15 * MINUTE - 1)).toMatchObject({
      kind: 'window',
    });
    expect(restoreLine(cancelledUnpaid, cancelledAt + 15 * MINUTE)).toMatchObject({
      kind: 'window_closed',
    });
  });

  it('gives the refund date of a paid order, then the day it was refunded', () => {
    const { cancelledPaid } = states;
    expect(restoreLine(cancelledPaid, lastAt(cancelledPaid))).toMatchObject({
      kind: 'refund',
      refundBy: REFUND_BY,
    });
    expect(restoreLine(cancelledPaid, cancelledPaid.refundBy!)).toMatchObject({
      kind: 'refunded',
      refundedAt: REFUND_BY,
    });
  });

  it("shows a pending request with its time and the seller's usual answer time", () => {
    const { requestedUnpaid } = states;
    expect(restoreLine(requestedUnpaid, lastAt(requestedUnpaid))).toEqual({
      kind: 'requested',
      requestedAt: lastAt(requestedUnpaid),
      typicalResponseMinutes: 30,
      answerBy: lastAt(requestedUnpaid) + 48 * HOUR,
    });
  });

  it("keeps the seller's note after a decline, with the line it had", () => {
    const declined = apply(states.requestedUnpaid, [
      { type: 'decline', note: 'The price has changed' },
    ]);
    expect(restoreLine(declined, lastAt(declined))).toMatchObject({
      kind: 'window',
      declinedNote: 'The price has changed',
      expired: false,
    });
  });

  it('has no restore line for live orders', () => {
    expect(restoreLine(states.paid, lastAt(states.paid))).toBeNull();
  });
});

describe('Deleted Orders order', () => {
  it('sorts the soonest-expiring restore first, then requests, then closed orders', () => {
    const now = lastAt(states.requestedPaid) + MINUTE;
    const late = apply(newOrder(now - HOUR, '1000000000000009'), [
      [{ type: 'cancel', by: 'buyer', reason: 'Oops' }, now],
    ]);
    const closed = apply(newOrder(now - 3 * DAY, '1000000000000008'), [
      [{ type: 'cancel', by: 'buyer', reason: 'Oops' }, now - 2 * DAY],
    ]);
    const sorted = [closed, states.requestedPaid, states.cancelledPaid, late].sort((a, b) =>
      compareDeleted(a, b, now),
    );
    expect(sorted).toEqual([late, states.cancelledPaid, states.requestedPaid, closed]);
  });
});

describe('tabs and filters', () => {
  it('matches an active order under All and its own tab only', () => {
    const { paid } = states;
    const now = lastAt(paid);
    expect(ACTIVE_TABS.filter((tab) => matchesTab(paid, tab))).toEqual(['all', 'paid']);
    expect(ACTIVE_TABS.filter((tab) => matchesTab(states.refunding, tab))).toEqual([
      'all',
      'refunding',
    ]);
    expect(
      DELETED_FILTERS.filter((filter) => shownIn(placement(paid, now), 'deleted', 'all', filter)),
    ).toEqual([]);
  });

  it('matches a deleted order under All and its own filter only', () => {
    const { cancelledUnpaid, requestedUnpaid } = states;
    const windowEnd = cancelledUnpaid.cancellation!.restoreWindowEndsAt!;
    const filters = (order: Order, now: number) =>
      DELETED_FILTERS.filter((filter) => shownIn(placement(order, now), 'deleted', 'all', filter));
    expect(filters(cancelledUnpaid, windowEnd - 1)).toEqual(['all', 'restorable']);
    expect(filters(cancelledUnpaid, windowEnd)).toEqual(['all', 'closed']);
    expect(filters(requestedUnpaid, windowEnd)).toEqual(['all', 'requested']);
    expect(ACTIVE_TABS.filter((tab) => matchesTab(requestedUnpaid, tab))).toEqual([]);
  });

  it('lists the tabs and filters in the order buyers see them (their labels: status-words)', () => {
    expect(ACTIVE_TABS).toEqual(['all', 'unpaid', 'paid', 'shipped', 'refunding', 'finished']);
    expect(DELETED_FILTERS).toEqual(['all', 'restorable', 'requested', 'closed']);
  });

  it('throws on a status it does not know', () => {
    const broken = { ...states.paid, status: 'lost' } as unknown as Order;
    expect(() => placement(broken, 0)).toThrow(new TypeError('Unknown status lost'));
  });
});

describe('the restore line, field by field', () => {
  it('gives the end of the window of an unpaid order', () => {
    const { cancelledUnpaid } = states;
    expect(restoreLine(cancelledUnpaid, lastAt(cancelledUnpaid))).toEqual({
      kind: 'window',
      endsAt: T0 + 16 * MINUTE,
      declinedNote: null,
      expired: false,
    });
  });

  it('gives refund-by for a paid order', () => {
    const { cancelledPaid } = states;
    expect(restoreLine(cancelledPaid, lastAt(cancelledPaid))).toEqual({
      kind: 'refund',
      refundBy: REFUND_BY,
      declinedNote: null,
      expired: false,
    });
  });

  it('gives the time of the request and the seller usual answer time', () => {
    const { requestedPaid } = states;
    expect(restoreLine(requestedPaid, T0 + 3 * HOUR)).toEqual({
      kind: 'requested',
      requestedAt: T0 + 3 * MINUTE,
      typicalResponseMinutes: 30,
      answerBy: T0 + 3 * MINUTE + 48 * HOUR,
    });
  });

  it('says when the refund landed: its record, else refund-by once passed', () => {
    const { cancelledPaid } = states;
    // Not yet brought up to date: refund-by has passed, the refund is not recorded.
    expect(restoreLine(cancelledPaid, REFUND_BY + 2 * DAY)).toEqual({
      kind: 'refunded',
      refundedAt: REFUND_BY,
      declinedNote: null,
      expired: false,
    });
    // Recorded an hour late (the order was only read then): the record wins.
    const landed = apply(cancelledPaid, [[{ type: 'refundByPasses' }, REFUND_BY + HOUR]]);
    expect(restoreLine(landed, REFUND_BY + 2 * DAY)).toEqual({
      kind: 'refunded',
      refundedAt: REFUND_BY + HOUR,
      declinedNote: null,
      expired: false,
    });
  });

  it('keeps the seller note on a closed line after a decline', () => {
    const declined = apply(states.requestedPaid, [{ type: 'decline', note: 'No stock left' }]);
    expect(restoreLine(declined, REFUND_BY)).toEqual({
      kind: 'refunded',
      refundedAt: REFUND_BY,
      declinedNote: 'No stock left',
      expired: false,
    });
    const unpaidDeclined = apply(states.requestedUnpaid, [{ type: 'decline', note: 'Sorry' }]);
    expect(restoreLine(unpaidDeclined, T0 + HOUR)).toEqual({
      kind: 'window_closed',
      declinedNote: 'Sorry',
      expired: false,
    });
  });

  it('forgets the note of an earlier decline once a later request was withdrawn', () => {
    const withdrawn = apply(states.requestedUnpaid, [
      { type: 'decline', note: 'Sorry' },
      { type: 'requestRestore', reason: 'other', message: 'Please, once more' },
      { type: 'withdrawRequest' },
    ]);
    expect(restoreLine(withdrawn, lastAt(withdrawn))).toMatchObject({ declinedNote: null });
  });

  it('says the last request expired, on every kind of closed line (product.md §11)', () => {
    const { requestedUnpaid, requestedPaid } = states;
    const expire = (order: Order, answerBy = order.restoreRequests.at(-1)!.answerBy) =>
      apply(order, [[{ type: 'answerByPasses' }, answerBy]]);
    const paid = expire(requestedPaid);
    const answerBy = T0 + 3 * MINUTE + 2 * DAY;
    expect(restoreLine(paid, answerBy)).toEqual({
      kind: 'refund',
      refundBy: REFUND_BY,
      declinedNote: null,
      expired: true,
    });
    expect(restoreLine(paid, REFUND_BY)).toEqual({
      kind: 'refunded',
      refundedAt: REFUND_BY,
      declinedNote: null,
      expired: true,
    });
    expect(restoreLine(expire(requestedUnpaid), T0 + 3 * DAY)).toEqual({
      kind: 'window_closed',
      declinedNote: null,
      expired: true,
    });
    // An unpaid request with an answer-by sooner than the window's end (not one the machine sets).
    const request = requestedUnpaid.restoreRequests[0]!;
    const early = expire(
      { ...requestedUnpaid, restoreRequests: [{ ...request, answerBy: T0 + 5 * MINUTE }] },
      T0 + 5 * MINUTE,
    );
    expect(restoreLine(early, T0 + 5 * MINUTE)).toEqual({
      kind: 'window',
      endsAt: T0 + 16 * MINUTE,
      declinedNote: null,
      expired: true,
    });
    // Asked again and declined: the last request is what the line tells.
    const declined = apply(paid, [
      { type: 'requestRestore', reason: 'changed_mind', message: 'Once more, please' },
      { type: 'decline', note: 'No' },
    ]);
    expect(restoreLine(declined, lastAt(declined))).toMatchObject({
      declinedNote: 'No',
      expired: false,
    });
  });

  it('gives a waiting order without an open request the moment asked as its times', () => {
    const request = states.requestedUnpaid.restoreRequests[0]!;
    const broken: Order = {
      ...states.requestedUnpaid,
      restoreRequests: [{ ...request, closedAt: request.requestedAt, outcome: 'withdrawn' }],
    };
    expect(restoreLine(broken, T0 + HOUR)).toEqual({
      kind: 'requested',
      requestedAt: T0 + HOUR,
      typicalResponseMinutes: 30,
      answerBy: T0 + HOUR,
    });
  });

  it('has no line for live orders', () => {
    for (const state of ['unpaid', 'shipped', 'refunding', 'finished'] as const) {
      expect(restoreLine(states[state], lastAt(states[state]))).toBeNull();
    }
  });
});

describe('the reason given with a cancellation', () => {
  it("is the buyer's or the seller's words, and none for the platform", () => {
    expect(cancellationReason(states.cancelledUnpaid.cancellation!)).toBe('Ordered by mistake');
    expect(cancellationReason(states.cancelledPaid.cancellation!)).toBe('Out of stock');
    const auto = apply(newOrder(), [[{ type: 'payByPasses' }, T0 + DAY]]);
    expect(cancellationReason(auto.cancellation!)).toBeNull();
  });
});

describe('sort keys', () => {
  it('compares group, then value, then order number', () => {
    expect(compareSortKeys([0, 5, 'b'], [1, 0, 'a'])).toBeLessThan(0);
    expect(compareSortKeys([1, 0, 'a'], [0, 5, 'b'])).toBeGreaterThan(0);
    expect(compareSortKeys([0, 4, 'b'], [0, 5, 'a'])).toBeLessThan(0);
    expect(compareSortKeys([0, 6, 'a'], [0, 5, 'b'])).toBeGreaterThan(0);
    expect(compareSortKeys([0, 5, 'a'], [0, 5, 'b'])).toBe(-1);
    expect(compareSortKeys([0, 5, 'b'], [0, 5, 'a'])).toBe(1);
    expect(compareSortKeys([0, 5, 'a'], [0, 5, 'a'])).toBe(0);
  });

  it('keys Deleted Orders: restorable by deadline, requests by age, closed newest first', () => {
    const { cancelledUnpaid, cancelledPaid, requestedPaid } = states;
    const now = lastAt(requestedPaid);
    expect(deletedSortKey(cancelledUnpaid, now)).toEqual([0, T0 + 16 * MINUTE, cancelledUnpaid.id]);
    expect(deletedSortKey(cancelledPaid, now)).toEqual([0, REFUND_BY, cancelledPaid.id]);
    expect(deletedSortKey(requestedPaid, now)).toEqual([1, T0 + 3 * MINUTE, requestedPaid.id]);
    expect(deletedSortKey(cancelledUnpaid, T0 + HOUR)).toEqual([
      2,
      -(T0 + MINUTE),
      cancelledUnpaid.id,
    ]);
  });

  it('sorts closed orders most recently cancelled first, then by order number', () => {
    const now = T0 + 3 * DAY;
    const cancelAt = (id: string, at: number) =>
      apply(newOrder(T0, id), [[{ type: 'cancel', by: 'buyer', reason: 'Oops' }, at]]);
    const older = cancelAt('1000000000000003', T0 + HOUR);
    const newer = cancelAt('1000000000000004', T0 + 2 * HOUR);
    const sameTimeA = cancelAt('1000000000000005', T0 + 2 * HOUR);
    const sorted = [older, sameTimeA, newer].sort((a, b) => compareDeleted(a, b, now));
    expect(sorted.map((order) => order.id)).toEqual([newer.id, sameTimeA.id, older.id]);
  });

  it('sorts requests oldest first', () => {
    const request = (id: string, at: number) =>
      apply(newOrder(T0, id), [
        [{ type: 'cancel', by: 'buyer', reason: 'Oops' }, T0 + MINUTE],
        [{ type: 'requestRestore', reason: 'other', message: 'Please restore it' }, at],
      ]);
    const first = request('1000000000000006', T0 + 2 * MINUTE);
    const second = request('1000000000000007', T0 + 3 * MINUTE);
    const now = T0 + HOUR;
    expect([second, first].sort((a, b) => compareDeleted(a, b, now))).toEqual([first, second]);
  });

  it('sorts My Orders newest first, then by order number', () => {
    const older = newOrder(T0, '1000000000000002');
    const newer = newOrder(T0 + HOUR, '1000000000000003');
    const twin = newOrder(T0 + HOUR, '1000000000000004');
    expect(activeSortKey(older)).toEqual([0, -T0, '1000000000000002']);
    expect([older, twin, newer].sort(compareActive)).toEqual([newer, twin, older]);
    expect(compareActive(newer, newer)).toBe(0);
  });
});

describe('viewOf: which list shows an order', () => {
  it.each([
    ['unpaid', 'active'],
    ['paid', 'active'],
    ['shipped', 'active'],
    ['refunding', 'active'],
    ['finished', 'active'],
    ['cancelled', 'deleted'],
    ['restoration_requested', 'deleted'],
  ] as const)('%s → %s', (status, view) => {
    expect(viewOf({ ...newOrder(), status })).toBe(view);
  });

  it('matches the fixtures built through the machine', () => {
    expect(viewOf(states.refunding)).toBe('active');
    expect(viewOf(states.finished)).toBe('active');
    expect(viewOf(states.cancelledPaid)).toBe('deleted');
    expect(viewOf(states.requestedUnpaid)).toBe('deleted');
  });
});

describe('stillInFilter: what a list sent by the server keeps after a change made here', () => {
  it('looks at the status only: a cancelled order stays under Restorable and Closed alike', () => {
    const { cancelledUnpaid, requestedUnpaid, paid } = states;
    const kept = (order: Order) => DELETED_FILTERS.filter((filter) => stillInFilter(order, filter));
    expect(kept(cancelledUnpaid)).toEqual(['all', 'restorable', 'closed']);
    expect(kept(requestedUnpaid)).toEqual(['all', 'requested']);
    expect(kept(paid)).toEqual([]);
  });
});
