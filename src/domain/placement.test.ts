import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState } from '../test/domain-fixtures';
import {
  cancellationText,
  compareDeleted,
  matchesFilter,
  matchesTab,
  placement,
  requestWaitText,
  restoreLine,
  restoreLineText,
} from './placement';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();

describe('placement (product.md §4)', () => {
  it('puts live orders in My Orders under their own tab', () => {
    for (const state of ['unpaid', 'paid', 'shipped', 'refunding', 'finished'] as const) {
      const order = states[state];
      expect(placement(order, lastAt(order))).toEqual({ view: 'active', tab: order.status });
      expect(matchesTab(order, 'all', lastAt(order))).toBe(true);
      expect(matchesFilter(order, 'all', lastAt(order))).toBe(false);
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
    expect(matchesTab(cancelledPaid, 'all', 0)).toBe(false);
  });
});

describe('the restore line', () => {
  it('counts down the window of an unpaid order, live', () => {
    const { cancelledUnpaid } = states;
    const cancelledAt = cancelledUnpaid.cancellation!.at;
    const line = restoreLine(cancelledUnpaid, cancelledAt)!;
    expect(restoreLineText(line, cancelledAt + 2 * MINUTE + 19_000)).toBe('Restore within 12:41');
    expect(restoreLineText(line, cancelledAt + 15 * MINUTE - 400)).toBe('Restore within 00:01');
    expect(restoreLineText(restoreLine(cancelledUnpaid, cancelledAt + 15 * MINUTE)!, 0)).toBe(
      'Restore window closed',
    );
  });

  it('gives the refund date of a paid order, then the day it was refunded', () => {
    const { cancelledPaid } = states;
    expect(restoreLineText(restoreLine(cancelledPaid, lastAt(cancelledPaid))!, 0)).toBe(
      'Refund by 9 Dec 2026',
    );
    expect(restoreLineText(restoreLine(cancelledPaid, cancelledPaid.refundBy!)!, 0)).toBe(
      'Refunded on 9 Dec 2026',
    );
  });

  it("shows a pending request with its waiting time and the seller's usual answer time", () => {
    const { requestedUnpaid } = states;
    const line = restoreLine(requestedUnpaid, lastAt(requestedUnpaid))!;
    expect(restoreLineText(line, 0)).toBe('Restoration requested');
    if (line.kind !== 'requested') throw new Error('expected a request line');
    expect(requestWaitText(line, lastAt(requestedUnpaid) + 25 * MINUTE)).toBe(
      'Waiting 25 min · this seller usually answers within 30 min',
    );
  });

  it("keeps the seller's note after a decline, with the line it had", () => {
    const declined = apply(states.requestedUnpaid, [
      { type: 'decline', note: 'The price has changed' },
    ]);
    expect(restoreLine(declined, lastAt(declined))).toMatchObject({
      kind: 'window',
      declinedNote: 'The price has changed',
    });
  });

  it('has no restore line for live orders', () => {
    expect(restoreLine(states.paid, lastAt(states.paid))).toBeNull();
  });
});

describe("cancellation causes, in the seed's words", () => {
  it('names who cancelled', () => {
    expect(cancellationText(states.cancelledUnpaid.cancellation!)).toBe('You cancelled this order');
    expect(cancellationText(states.cancelledPaid.cancellation!)).toBe('Cancelled by the seller');
    const unpaid = newOrder();
    const auto = apply(unpaid, [[{ type: 'payByPasses' }, unpaid.payBy!]]);
    expect(cancellationText(auto.cancellation!)).toBe(
      'Cancelled automatically: payment not received in time',
    );
    const paid = states.paid;
    const unshipped = apply(paid, [[{ type: 'shipByPasses' }, paid.shipBy!]]);
    expect(cancellationText(unshipped.cancellation!)).toBe(
      'Cancelled automatically: the seller did not ship in time',
    );
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
