// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import { bringUpTo, scheduledEvents } from './bring-up-to';
import type { Order } from './order';
import { SHIP_WINDOW_MS } from './restore-rules';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();

/** A request with the seller's planned answer, sent a minute after the last event (or at `at`). */
function withPlannedDecision(
  order: Order,
  outcome: 'accept' | 'replace' | 'refund' | 'decline',
  dueAt: number,
  at = lastAt(order) + MINUTE,
) {
  return apply(order, [
    [
      {
        type: 'requestRestore',
        reason: order.payment.state === 'paid' ? 'changed_mind' : 'still_want_item',
        message: 'Please restore my order',
        plannedDecision: { dueAt, outcome, note: `Seller says ${outcome}` },
      },
      at,
    ],
  ]);
}

/** A paid request sent a day before refund-by: the refund comes before its answer-by. */
const LATE_REQUEST_AT = states.cancelledPaid.refundBy! - DAY;

describe('bringUpTo', () => {
  it('changes nothing before anything is due', () => {
    const order = newOrder();
    expect(bringUpTo(order, order.payBy! - 1)).toBe(order);
  });

  it('cancels an unpaid order once pay-by passes, at pay-by', () => {
    const order = newOrder();
    const later = bringUpTo(order, order.payBy! + 3 * HOUR);
    expect(later.status).toBe('cancelled');
    expect(later.cancellation).toMatchObject({ by: 'platform', at: order.payBy });
  });

  it('applies the seller decision only once its time has come', () => {
    const requested = withPlannedDecision(
      states.cancelledUnpaid,
      'accept',
      lastAt(states.cancelledUnpaid) + 30 * MINUTE,
    );
    const dueAt = requested.restoreRequests.at(-1)!.plannedDecision!.dueAt;
    expect(bringUpTo(requested, dueAt - 1).status).toBe('restoration_requested');
    const accepted = bringUpTo(requested, dueAt);
    expect(accepted.status).toBe('unpaid');
    expect(accepted.payBy).toBe(dueAt + 24 * HOUR);
    expect(accepted.restoreRequests.at(-1)).toMatchObject({
      outcome: 'accepted',
      note: 'Seller says accept',
    });
    // The hidden plan is gone once the decision is made.
    expect(accepted.restoreRequests.at(-1)!.plannedDecision).toBeUndefined();
  });

  it('applies events in time order: a restored order unpaid again is cancelled at its new pay-by', () => {
    const requested = withPlannedDecision(
      states.cancelledUnpaid,
      'accept',
      lastAt(states.cancelledUnpaid) + HOUR,
    );
    const dueAt = requested.restoreRequests.at(-1)!.plannedDecision!.dueAt;
    const muchLater = bringUpTo(requested, dueAt + 2 * DAY);
    expect(muchLater.status).toBe('cancelled');
    expect(muchLater.timeline.map((event) => event.kind).slice(-2)).toEqual([
      'restore_accepted',
      'cancelled',
    ]);
    expect(muchLater.cancellation!.at).toBe(dueAt + 24 * HOUR);
  });

  it('follows a replacement through shipping to completion', () => {
    const paid = apply(newOrder(), [{ type: 'pay' }]);
    const planned: Order = { ...paid, plan: { shipDelayMs: 2 * DAY } };
    const cancelled = apply(planned, [{ type: 'cancel', by: 'seller', reason: 'Out of stock' }]);
    const requested = withPlannedDecision(cancelled, 'replace', lastAt(cancelled) + HOUR);
    const decidedAt = requested.restoreRequests.at(-1)!.plannedDecision!.dueAt;
    expect(bringUpTo(requested, decidedAt).status).toBe('paid');
    expect(bringUpTo(requested, decidedAt + 2 * DAY - 1).status).toBe('paid');
    expect(bringUpTo(requested, decidedAt + 2 * DAY).status).toBe('shipped');
    expect(bringUpTo(requested, decidedAt + 12 * DAY).status).toBe('finished');
  });

  it('cancels at ship-by when the seller never ships', () => {
    const paid = apply(newOrder(), [{ type: 'pay' }]);
    const later = bringUpTo(paid, paid.shipBy! + 1);
    expect(later.cancellation).toMatchObject({ by: 'platform', reason: 'not_shipped_in_time' });
  });

  it('lands an accepted refund at refund-by and finishes the order', () => {
    const requested = withPlannedDecision(
      states.cancelledPaid,
      'refund',
      lastAt(states.cancelledPaid) + HOUR,
    );
    const refundBy = requested.refundBy!;
    expect(bringUpTo(requested, refundBy - 1).status).toBe('refunding');
    expect(bringUpTo(requested, refundBy)).toMatchObject({
      status: 'finished',
      refundedAt: refundBy,
    });
  });

  it('closes a paid request whose refund lands before the seller answers', () => {
    const requested = withPlannedDecision(
      states.cancelledPaid,
      'replace',
      states.cancelledPaid.refundBy! + HOUR,
      LATE_REQUEST_AT,
    );
    const later = bringUpTo(requested, requested.refundBy! + 2 * HOUR);
    expect(later.status).toBe('cancelled');
    expect(later.restoreRequests.at(-1)).toMatchObject({ outcome: 'refund_completed' });
    expect(later.refundedAt).toBe(requested.refundBy);
  });

  it('ignores a decision that falls due after the buyer withdrew', () => {
    const requested = withPlannedDecision(
      states.cancelledUnpaid,
      'accept',
      lastAt(states.cancelledUnpaid) + HOUR,
    );
    const withdrawn = apply(requested, [{ type: 'withdrawRequest' }]);
    const later = bringUpTo(withdrawn, T0 + 3 * HOUR);
    expect(later).toBe(withdrawn);
  });

  it('lists what is scheduled, earliest first', () => {
    const paid = { ...states.paid, plan: { shipDelayMs: DAY } };
    expect(scheduledEvents(paid).map((due) => due.event.type)).toEqual(['ship', 'shipByPasses']);
    expect(scheduledEvents(states.finished)).toEqual([]);
  });
});

describe('bringUpTo: each planned seller decision', () => {
  it('declines with the seller note, leaving the order cancelled and restorable', () => {
    const requested = withPlannedDecision(
      states.cancelledUnpaid,
      'decline',
      lastAt(states.cancelledUnpaid) + 5 * MINUTE,
    );
    const dueAt = requested.restoreRequests.at(-1)!.plannedDecision!.dueAt;
    const declined = bringUpTo(requested, dueAt);
    expect(declined.status).toBe('cancelled');
    expect(declined.timeline.at(-1)).toMatchObject({
      at: dueAt,
      actor: 'seller',
      kind: 'restore_declined',
      message: 'Seller says decline',
      until: null,
      outcome: null,
    });
    expect(declined.restoreRequests.at(-1)).toMatchObject({
      outcome: 'declined',
      note: 'Seller says decline',
      closedAt: dueAt,
    });
  });

  it('accepts a paid request with a refund', () => {
    const requested = withPlannedDecision(
      states.cancelledPaid,
      'refund',
      lastAt(states.cancelledPaid) + HOUR,
    );
    const dueAt = requested.restoreRequests.at(-1)!.plannedDecision!.dueAt;
    expect(bringUpTo(requested, dueAt)).toMatchObject({
      status: 'refunding',
      restoreRequests: [{ outcome: 'accepted_refund', note: 'Seller says refund' }],
    });
  });

  it('lets the refund win over a decision due at the same moment', () => {
    const requested = withPlannedDecision(
      states.cancelledPaid,
      'replace',
      states.cancelledPaid.refundBy!,
      LATE_REQUEST_AT,
    );
    const refundBy = requested.refundBy!;
    // The replacement comes too late (refund-by has come), so the request closes instead.
    const later = bringUpTo(requested, refundBy);
    expect(later).toMatchObject({ status: 'cancelled', refundedAt: refundBy });
    expect(later.restoreRequests.at(-1)).toMatchObject({ outcome: 'refund_completed' });
  });

  it('never dates an event before the last one on the order', () => {
    // The buyer withdrew an hour after refund-by, before the refund was applied.
    const { requestedPaid } = states;
    const refundBy = requestedPaid.refundBy!;
    const withdrawn = apply(requestedPaid, [[{ type: 'withdrawRequest' }, refundBy + HOUR]]);
    const later = bringUpTo(withdrawn, refundBy + 2 * HOUR);
    expect(later.refundedAt).toBe(refundBy + HOUR);
    expect(later.timeline.at(-1)).toMatchObject({ at: refundBy + HOUR, kind: 'refund_landed' });
  });
});

describe("bringUpTo: the seller's answer-by (product.md §11)", () => {
  const due = (order: Order) =>
    scheduledEvents(order).map(({ at, event }) => ({ at, type: event.type }));
  const answerByOf = (order: Order) => order.restoreRequests.at(-1)!.answerBy;

  it('closes the request of a silent seller as expired at answer-by, not a moment before', () => {
    const { requestedUnpaid, requestedPaid } = states;
    for (const order of [requestedUnpaid, requestedPaid]) {
      const answerBy = answerByOf(order);
      expect(answerBy).toBe(lastAt(order) + 48 * HOUR);
      expect(bringUpTo(order, answerBy - 1)).toBe(order);
      const closed = bringUpTo(order, answerBy);
      expect(closed.status).toBe('cancelled');
      expect(closed.restoreRequests.at(-1)).toMatchObject({
        outcome: 'expired',
        note: null,
        closedAt: answerBy,
      });
      expect(closed.timeline.at(-1)).toMatchObject({
        at: answerBy,
        actor: 'platform',
        kind: 'restore_closed',
        outcome: 'expired',
      });
      // Read much later, it closed at answer-by all the same.
      expect(bringUpTo(order, answerBy + 3 * HOUR).restoreRequests.at(-1)!.closedAt).toBe(answerBy);
    }
  });

  it('then lands the refund of a paid order at refund-by, with nothing left to restore', () => {
    const { requestedPaid } = states;
    const refundBy = requestedPaid.refundBy!;
    const later = bringUpTo(requestedPaid, refundBy);
    expect(later).toMatchObject({ status: 'cancelled', refundedAt: refundBy });
    expect(later.restoreRequests.at(-1)!.outcome).toBe('expired');
    expect(later.timeline.map((entry) => [entry.kind, entry.outcome]).slice(-2)).toEqual([
      ['restore_closed', 'expired'],
      ['refund_landed', 'refund_completed'],
    ]);
  });

  it.each(['accept', 'decline'] as const)(
    'never applies a %s planned after answer-by: the request closes first',
    (outcome) => {
      const cancelled = states.cancelledUnpaid;
      const answerBy = lastAt(cancelled) + MINUTE + 48 * HOUR;
      const requested = withPlannedDecision(cancelled, outcome, answerBy + 1);
      expect(answerByOf(requested)).toBe(answerBy);
      const later = bringUpTo(requested, answerBy + DAY);
      expect(later.status).toBe('cancelled');
      expect(later.restoreRequests.at(-1)).toMatchObject({ outcome: 'expired', note: null });
      expect(later.timeline.at(-1)).toMatchObject({ at: answerBy, kind: 'restore_closed' });
    },
  );

  it.each([
    ['accept', 'unpaid', 'accepted'],
    ['decline', 'cancelled', 'declined'],
  ] as const)(
    'applies a %s due at exactly answer-by: the seller answered in time',
    (outcome, status, closedAs) => {
      const cancelled = states.cancelledUnpaid;
      const answerBy = lastAt(cancelled) + MINUTE + 48 * HOUR;
      const requested = withPlannedDecision(cancelled, outcome, answerBy);
      const later = bringUpTo(requested, answerBy);
      expect(later.status).toBe(status);
      expect(later.restoreRequests.at(-1)).toMatchObject({
        outcome: closedAs,
        note: `Seller says ${outcome}`,
        closedAt: answerBy,
      });
      expect(later.timeline.some((entry) => entry.outcome === 'expired')).toBe(false);
    },
  );

  it('applies a paid replacement due at exactly answer-by', () => {
    const cancelled = states.cancelledPaid;
    const answerBy = lastAt(cancelled) + MINUTE + 48 * HOUR;
    const requested = withPlannedDecision(cancelled, 'replace', answerBy);
    expect(bringUpTo(requested, answerBy)).toMatchObject({
      status: 'paid',
      shipBy: answerBy + SHIP_WINDOW_MS,
      restoreRequests: [{ outcome: 'accepted_replacement', closedAt: answerBy }],
    });
  });

  it('lets the refund close a paid request whose refund-by comes before answer-by', () => {
    const refundBy = states.cancelledPaid.refundBy!;
    for (const dueAt of [refundBy + HOUR, LATE_REQUEST_AT + 48 * HOUR + HOUR]) {
      const requested = withPlannedDecision(
        states.cancelledPaid,
        'replace',
        dueAt,
        LATE_REQUEST_AT,
      );
      expect(answerByOf(requested)).toBeGreaterThan(refundBy);
      const later = bringUpTo(requested, answerByOf(requested) + DAY);
      expect(later).toMatchObject({ status: 'cancelled', refundedAt: refundBy });
      expect(later.restoreRequests.at(-1)).toMatchObject({
        outcome: 'refund_completed',
        note: null,
        closedAt: refundBy,
      });
      expect(later.timeline.map((entry) => [entry.kind, entry.outcome]).slice(-2)).toEqual([
        ['restore_closed', 'refund_completed'],
        ['refund_landed', null],
      ]);
    }
    // When refund-by and answer-by fall at the same moment, the request expires first (both
    // are platform deadlines of priority 2; answer-by is listed first), then the refund lands.
    const tie = apply(states.cancelledPaid, [
      [{ type: 'requestRestore', reason: 'changed_mind', message: 'Please' }, refundBy - 48 * HOUR],
    ]);
    expect(answerByOf(tie)).toBe(refundBy);
    expect(due(tie)).toEqual([
      { at: refundBy, type: 'answerByPasses' },
      { at: refundBy, type: 'refundByPasses' },
    ]);
    const tied = bringUpTo(tie, refundBy);
    expect(tied.restoreRequests.at(-1)).toMatchObject({ outcome: 'expired', closedAt: refundBy });
    expect(tied.timeline.map((entry) => [entry.kind, entry.outcome]).slice(-2)).toEqual([
      ['restore_closed', 'expired'],
      ['refund_landed', 'refund_completed'],
    ]);
    // A silent seller: the same.
    const silent = apply(states.cancelledPaid, [
      [{ type: 'requestRestore', reason: 'changed_mind', message: 'Please' }, LATE_REQUEST_AT],
    ]);
    expect(bringUpTo(silent, refundBy + 2 * DAY).restoreRequests.at(-1)!.outcome).toBe(
      'refund_completed',
    );
  });
});

describe('scheduledEvents', () => {
  const due = (order: Order) =>
    scheduledEvents(order).map(({ at, event }) => ({ at, type: event.type }));

  it('waits for pay-by on an unpaid order', () => {
    expect(due(states.unpaid)).toEqual([{ at: T0 + DAY, type: 'payByPasses' }]);
  });

  it("ships a paid order when the seller's plan says so, if that is before ship-by", () => {
    const { paid } = states;
    const paidAt = T0 + MINUTE;
    const shipBy = paidAt + SHIP_WINDOW_MS;
    const withDelay = (shipDelayMs: number | null | undefined): Order => ({
      ...paid,
      plan: shipDelayMs === undefined ? undefined : { shipDelayMs },
    });
    expect(due(withDelay(DAY))).toEqual([
      { at: paidAt + DAY, type: 'ship' },
      { at: shipBy, type: 'shipByPasses' },
    ]);
    expect(due(withDelay(SHIP_WINDOW_MS - 1))).toEqual([
      { at: shipBy - 1, type: 'ship' },
      { at: shipBy, type: 'shipByPasses' },
    ]);
    // Shipping at ship-by is too late; a seller who never ships, or without a plan, waits too.
    for (const delay of [SHIP_WINDOW_MS, null, undefined]) {
      expect(due(withDelay(delay))).toEqual([{ at: shipBy, type: 'shipByPasses' }]);
    }
  });

  it('completes a shipped order 10 days after shipping', () => {
    expect(due(states.shipped)).toEqual([{ at: T0 + 2 * MINUTE + 10 * DAY, type: 'autoComplete' }]);
  });

  it("waits for the seller's decision on an unpaid request, and then for its answer-by", () => {
    const answerBy = lastAt(states.requestedUnpaid) + 48 * HOUR;
    expect(due(states.requestedUnpaid)).toEqual([{ at: answerBy, type: 'answerByPasses' }]);
    const requested = withPlannedDecision(states.cancelledUnpaid, 'accept', T0 + HOUR);
    expect(due(requested)).toEqual([
      { at: T0 + HOUR, type: 'accept' },
      { at: lastAt(requested) + 48 * HOUR, type: 'answerByPasses' },
    ]);
  });

  it('puts refund-by first when the seller would answer after it', () => {
    const refundBy = states.cancelledPaid.refundBy!;
    const answerBy = LATE_REQUEST_AT + 48 * HOUR;
    const late = withPlannedDecision(
      states.cancelledPaid,
      'decline',
      refundBy + HOUR,
      LATE_REQUEST_AT,
    );
    expect(due(late)).toEqual([
      { at: refundBy, type: 'refundByPasses' },
      { at: refundBy + HOUR, type: 'decline' },
      { at: answerBy, type: 'answerByPasses' },
    ]);
    const early = withPlannedDecision(
      states.cancelledPaid,
      'refund',
      refundBy - HOUR,
      LATE_REQUEST_AT,
    );
    expect(due(early)).toEqual([
      { at: refundBy - HOUR, type: 'acceptWithRefund' },
      { at: refundBy, type: 'refundByPasses' },
      { at: answerBy, type: 'answerByPasses' },
    ]);
    const same = withPlannedDecision(states.cancelledPaid, 'replace', refundBy, LATE_REQUEST_AT);
    expect(due(same)).toEqual([
      { at: refundBy, type: 'acceptWithReplacement' },
      { at: refundBy, type: 'refundByPasses' },
      { at: answerBy, type: 'answerByPasses' },
    ]);
  });

  it("adds the request's answer-by, at priority 2 after a decision due at the same moment", () => {
    const cancelled = states.cancelledUnpaid;
    const answerBy = lastAt(cancelled) + MINUTE + 48 * HOUR;
    const same = withPlannedDecision(cancelled, 'decline', answerBy);
    expect(scheduledEvents(same)).toEqual([
      {
        at: answerBy,
        priority: 0,
        event: { type: 'decline', note: 'Seller says decline' },
      },
      { at: answerBy, priority: 2, event: { type: 'answerByPasses' } },
    ]);
    const after = withPlannedDecision(cancelled, 'accept', answerBy + 1);
    expect(due(after)).toEqual([
      { at: answerBy, type: 'answerByPasses' },
      { at: answerBy + 1, type: 'accept' },
    ]);
    // A paid request made early: answer-by comes long before refund-by.
    const refundBy = states.cancelledPaid.refundBy!;
    expect(due(states.requestedPaid)).toEqual([
      { at: lastAt(states.requestedPaid) + 48 * HOUR, type: 'answerByPasses' },
      { at: refundBy, type: 'refundByPasses' },
    ]);
  });

  it('schedules no answer-by once the request has closed', () => {
    const withdrawn = apply(states.requestedUnpaid, [{ type: 'withdrawRequest' }]);
    expect(due(withdrawn)).toEqual([]);
    const expired = bringUpTo(states.requestedUnpaid, lastAt(states.requestedUnpaid) + 3 * DAY);
    expect(due(expired)).toEqual([]);
    // A waiting order with no open request (not a state the machine makes) waits for nothing.
    const request = states.requestedUnpaid.restoreRequests[0]!;
    const broken: Order = {
      ...states.requestedUnpaid,
      restoreRequests: [{ ...request, closedAt: request.requestedAt, outcome: 'withdrawn' }],
    };
    expect(due(broken)).toEqual([]);
  });

  it('lands the refund of a cancelled or refunding paid order, once', () => {
    const refundBy = states.cancelledPaid.refundBy!;
    expect(due(states.cancelledPaid)).toEqual([{ at: refundBy, type: 'refundByPasses' }]);
    expect(due(states.refunding)).toEqual([{ at: refundBy, type: 'refundByPasses' }]);
    const refunded = apply(states.cancelledPaid, [[{ type: 'refundByPasses' }, refundBy]]);
    expect(due(refunded)).toEqual([]);
    const closed = apply(states.requestedPaid, [[{ type: 'refundByPasses' }, refundBy]]);
    expect(due(closed)).toEqual([]);
  });

  it('has nothing to do for a cancelled unpaid order: its window just closes', () => {
    expect(due(states.cancelledUnpaid)).toEqual([]);
  });

  it('throws on a status it does not know', () => {
    const broken = { ...states.paid, status: 'lost' } as unknown as Order;
    expect(() => scheduledEvents(broken)).toThrow(new TypeError('Unknown status lost'));
  });
});
