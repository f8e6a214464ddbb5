// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import { bringUpTo, scheduledEvents } from './bring-up-to';
import type { Order } from './order';
import { SHIP_WINDOW_MS } from './restore-rules';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();

function withPlannedDecision(
  order: Order,
  outcome: 'accept' | 'replace' | 'refund' | 'decline',
  dueAt: number,
) {
  return apply(order, [
    {
      type: 'requestRestore',
      reason: order.payment.state === 'paid' ? 'changed_mind' : 'still_want_item',
      message: 'Please restore my order',
      plannedDecision: { dueAt, outcome, note: `Seller says ${outcome}` },
    },
  ]);
}

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

  it("waits for the seller's decision on an unpaid request, and nothing else", () => {
    expect(due(states.requestedUnpaid)).toEqual([]);
    const requested = withPlannedDecision(states.cancelledUnpaid, 'accept', T0 + HOUR);
    expect(due(requested)).toEqual([{ at: T0 + HOUR, type: 'accept' }]);
  });

  it('puts refund-by first when the seller would answer after it', () => {
    const refundBy = states.cancelledPaid.refundBy!;
    const late = withPlannedDecision(states.cancelledPaid, 'decline', refundBy + HOUR);
    expect(due(late)).toEqual([
      { at: refundBy, type: 'refundByPasses' },
      { at: refundBy + HOUR, type: 'decline' },
    ]);
    const early = withPlannedDecision(states.cancelledPaid, 'refund', refundBy - HOUR);
    expect(due(early)).toEqual([
      { at: refundBy - HOUR, type: 'acceptWithRefund' },
      { at: refundBy, type: 'refundByPasses' },
    ]);
    const same = withPlannedDecision(states.cancelledPaid, 'replace', refundBy);
    expect(due(same)).toEqual([
      { at: refundBy, type: 'acceptWithReplacement' },
      { at: refundBy, type: 'refundByPasses' },
    ]);
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
