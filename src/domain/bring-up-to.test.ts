import { describe, expect, it } from 'vitest';
import { apply, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import { bringUpTo, scheduledEvents } from './bring-up-to';
import type { Order } from './order';
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
