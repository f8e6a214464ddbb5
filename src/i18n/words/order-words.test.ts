/**
 * A cancelled order's lines in English, word for word as buyers and the QA flows read them (the
 * lines' facts: src/domain/placement.test.ts). Dates are written in the browser's time zone, so
 * the expected ones come from the same formatter; their English shape is pinned in UTC.
 */
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../../test/domain-fixtures';
import { restoreLine, type RestoreLine } from '../../domain/placement';
import { HOUR, MINUTE } from '../../domain/time';
import { formatDate, formatDateTime } from '../format';
import {
  answerByText,
  cancellationText,
  expiredText,
  requestWaitText,
  restoreLineText,
} from './order-words';

const states = ordersByState();
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled. */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

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

  it('counts down with hours during a sale, never below zero', () => {
    const line = {
      kind: 'window',
      endsAt: T0 + 24 * HOUR,
      declinedNote: null,
      expired: false,
    } as const;
    expect(restoreLineText(line, T0 + 12 * MINUTE)).toBe('Restore within 23:48:00');
    expect(restoreLineText(line, T0 + 25 * HOUR)).toBe('Restore within 00:00');
  });

  it('gives the refund date of a paid order, then the day it was refunded', () => {
    const { cancelledPaid } = states;
    expect(formatDate(REFUND_BY, 'UTC')).toBe('Dec 9, 2026');
    expect(restoreLineText(restoreLine(cancelledPaid, lastAt(cancelledPaid))!, 0)).toBe(
      `Refund by ${formatDate(REFUND_BY)}`,
    );
    expect(restoreLineText(restoreLine(cancelledPaid, cancelledPaid.refundBy!)!, 0)).toBe(
      `Refunded on ${formatDate(REFUND_BY)}`,
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

  it('throws on a line it does not know', () => {
    const broken = { kind: 'lost' } as unknown as RestoreLine;
    expect(() => restoreLineText(broken, 0)).toThrow(
      new TypeError('Unknown restore line {"kind":"lost"}'),
    );
  });
});

describe('the waiting line of a request', () => {
  it('counts hours and days with the seller answer time', () => {
    const line = {
      kind: 'requested',
      requestedAt: T0,
      typicalResponseMinutes: 180,
      answerBy: T0 + 48 * HOUR,
    } as const;
    expect(requestWaitText(line, T0 + 30_000)).toBe(
      'Waiting less than a minute · this seller usually answers within 3 hr',
    );
    expect(requestWaitText(line, T0 + 2 * HOUR + 5 * MINUTE)).toBe(
      'Waiting 2 hr 5 min · this seller usually answers within 3 hr',
    );
    expect(requestWaitText({ ...line, typicalResponseMinutes: 5 }, T0 + 26 * HOUR)).toBe(
      'Waiting 1 day 2 hr · this seller usually answers within 5 min',
    );
    expect(answerByText(line)).toBe('The seller has until Nov 27, 2026, 10:00 AM UTC to answer');
    expect(expiredText()).toBe('The seller did not answer in time');
  });
});

describe("the seller's answer-by (product.md §11)", () => {
  it('gives a pending request its answer-by, 48 hours after it was sent, with the zone', () => {
    const { requestedPaid } = states;
    const line = restoreLine(requestedPaid, lastAt(requestedPaid) + HOUR)!;
    if (line.kind !== 'requested') throw new Error('expected a request line');
    expect(answerByText(line)).toBe('The seller has until Nov 27, 2026, 10:03 AM UTC to answer');
    expect(formatDateTime(line.answerBy, 'UTC')).toBe('Nov 27, 2026, 10:03 AM UTC');
  });

  it('tells the buyer an expired request went unanswered, beside the line it had', () => {
    const { requestedUnpaid, requestedPaid } = states;
    const expire = (order: typeof requestedPaid) => {
      const answerBy = order.restoreRequests.at(-1)!.answerBy;
      return [apply(order, [[{ type: 'answerByPasses' }, answerBy]]), answerBy] as const;
    };
    const [paid, paidAt] = expire(requestedPaid);
    const paidLine = restoreLine(paid, paidAt)!;
    expect(paidLine).toEqual({
      kind: 'refund',
      refundBy: REFUND_BY,
      declinedNote: null,
      expired: true,
    });
    expect(restoreLineText(paidLine, paidAt)).toBe(`Refund by ${formatDate(REFUND_BY)}`);
    const [unpaid, unpaidAt] = expire(requestedUnpaid);
    const unpaidLine = restoreLine(unpaid, unpaidAt)!;
    expect(unpaidLine).toEqual({ kind: 'window_closed', declinedNote: null, expired: true });
    expect(restoreLineText(unpaidLine, unpaidAt)).toBe('Restore window closed');
    expect(expiredText()).toBe('The seller did not answer in time');
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
