// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, ordersByState, T0 } from '../test/domain-fixtures';
import { nextDeadline, visibleDeadline } from './deadlines';
import type { Order } from './order';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();

/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled. */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

describe('visibleDeadline: the deadline a buyer sees for each status', () => {
  it.each([
    ['unpaid', 'pay-by, 24 hours after placing', T0 + DAY],
    ['paid', 'ship-by, 5 days after paying', T0 + MINUTE + 5 * DAY],
    ['shipped', 'completion, 10 days after shipping', T0 + 2 * MINUTE + 10 * DAY],
    ['finished', 'nothing', null],
    ['cancelledUnpaid', 'the end of the restore window', T0 + MINUTE + 15 * MINUTE],
    ['requestedUnpaid', "the seller's answer-by, 48 hours after asking", T0 + 2 * MINUTE + 2 * DAY],
    ['cancelledPaid', 'refund-by', REFUND_BY],
    ['requestedPaid', "the seller's answer-by, before refund-by", T0 + 3 * MINUTE + 2 * DAY],
    ['refunding', 'refund-by', REFUND_BY],
  ] as const)('%s shows %s', (state, _what, expected) => {
    expect(visibleDeadline(states[state])).toBe(expected);
  });

  it('shows refund-by on a paid request when it comes before answer-by', () => {
    const late = apply(states.cancelledPaid, [
      [{ type: 'requestRestore', reason: 'changed_mind', message: 'Please' }, REFUND_BY - DAY],
    ]);
    expect(late.restoreRequests.at(-1)!.answerBy).toBe(REFUND_BY + DAY);
    expect(visibleDeadline(late)).toBe(REFUND_BY);
    // The same moment for both: that moment.
    const same = apply(states.cancelledPaid, [
      [{ type: 'requestRestore', reason: 'changed_mind', message: 'Please' }, REFUND_BY - 2 * DAY],
    ]);
    expect(visibleDeadline(same)).toBe(REFUND_BY);
    // A request without a pending one (not brought up to date) shows its refund-by only.
    const { requestedPaid } = states;
    const closedRequest = {
      ...requestedPaid,
      restoreRequests: requestedPaid.restoreRequests.map((r) => ({ ...r, closedAt: T0 + HOUR })),
    };
    expect(visibleDeadline(closedRequest)).toBe(REFUND_BY);
    expect(visibleDeadline({ ...closedRequest, payment: { state: 'unpaid' } })).toBeNull();
    expect(visibleDeadline({ ...late, refundedAt: REFUND_BY })).toBe(REFUND_BY + DAY);
  });

  it('shows no refund-by once the refund has landed', () => {
    const { cancelledPaid } = states;
    const refunded = apply(cancelledPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(refunded.refundedAt).toBe(REFUND_BY);
    expect(visibleDeadline(refunded)).toBeNull();
    const closed = apply(states.requestedPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(visibleDeadline(closed)).toBeNull();
  });

  it('never reports a missing deadline as a moment', () => {
    const missing: Array<[Order, Partial<Order>]> = [
      [states.unpaid, { payBy: null }],
      [states.paid, { shipBy: null }],
      [states.shipped, { completesAt: null }],
      [states.refunding, { refundBy: null }],
      [states.cancelledPaid, { refundBy: null }],
      [states.cancelledUnpaid, { cancellation: null }],
    ];
    for (const [order, change] of missing) {
      expect(visibleDeadline({ ...order, ...change })).toBeNull();
    }
  });

  it('ignores deadlines that do not belong to the status', () => {
    // A paid order that was restored with a replacement is paid again: only ship-by counts.
    const replaced = apply(states.requestedPaid, [{ type: 'acceptWithReplacement' }]);
    expect(visibleDeadline(replaced)).toBe(replaced.shipBy);
    // An unpaid order restored by the seller has a new pay-by, and its old window is over.
    const restored = apply(states.requestedUnpaid, [{ type: 'accept' }]);
    expect(visibleDeadline(restored)).toBe(lastAt(restored) + DAY);
    // A refunded order that finished keeps its refund-by on record but shows nothing.
    const finished = apply(states.refunding, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(finished.refundBy).toBe(REFUND_BY);
    expect(visibleDeadline(finished)).toBeNull();
  });
});

describe('nextDeadline', () => {
  const orders = [states.unpaid, states.paid, states.cancelledUnpaid, states.cancelledPaid];

  it('is the soonest deadline strictly after now, across every order', () => {
    const windowEnd = T0 + 16 * MINUTE;
    expect(nextDeadline(orders, T0 + 2 * MINUTE)).toBe(windowEnd);
    // At the very moment the window ends it has passed: the next one is pay-by.
    expect(nextDeadline(orders, windowEnd - 1)).toBe(windowEnd);
    expect(nextDeadline(orders, windowEnd)).toBe(T0 + DAY);
    expect(nextDeadline(orders, T0 + DAY)).toBe(T0 + MINUTE + 5 * DAY);
    expect(nextDeadline(orders, T0 + MINUTE + 5 * DAY)).toBe(REFUND_BY);
  });

  it('does not depend on the order of the list', () => {
    expect(nextDeadline([...orders].reverse(), T0 + 2 * MINUTE)).toBe(T0 + 16 * MINUTE);
    expect(nextDeadline([states.cancelledPaid, states.paid], T0)).toBe(T0 + MINUTE + 5 * DAY);
  });

  it('is undefined when nothing is left to happen by itself', () => {
    expect(nextDeadline([], T0)).toBeUndefined();
    expect(nextDeadline([states.finished], T0)).toBeUndefined();
    expect(nextDeadline(orders, REFUND_BY)).toBeUndefined();
    expect(nextDeadline(orders, REFUND_BY + HOUR)).toBeUndefined();
  });
});
