// @vitest-environment node
/**
 * What each transition writes on the order: the timeline entries as facts (who, what, the quoted
 * message, the amount, the moment named, the reason, cause or outcome) and the fields the views
 * and deadlines rely on. The sentences the UI writes from these facts are checked in
 * src/i18n/words/timeline-words.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { apply, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import { transition, type OrderEvent } from './machine';
import type { Order, TimelineEvent } from './order';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();
const TOTAL = { amountMinor: 2500, currency: 'USD' } as const;
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled (Wed 25 Nov). */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

function accepted(order: Order, event: OrderEvent, now: number): Order {
  const result = transition(order, event, now);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.refusal.message}`);
  return result.order;
}

/** The entries the transition added to the timeline. */
function added(order: Order, event: OrderEvent, now: number): TimelineEvent[] {
  const next = accepted(order, event, now);
  expect(next.timeline.slice(0, order.timeline.length)).toEqual(order.timeline);
  return next.timeline.slice(order.timeline.length);
}

type Facts = Partial<
  Pick<TimelineEvent, 'message' | 'amount' | 'until' | 'reason' | 'cause' | 'outcome'>
>;

/** An entry with exactly these facts, every other one null. */
const line = (
  at: number,
  actor: TimelineEvent['actor'],
  kind: TimelineEvent['kind'],
  facts: Facts = {},
): TimelineEvent => ({
  at,
  actor,
  kind,
  message: facts.message ?? null,
  amount: facts.amount ?? null,
  until: facts.until ?? null,
  reason: facts.reason ?? null,
  cause: facts.cause ?? null,
  outcome: facts.outcome ?? null,
});

describe('placing, paying, shipping and receiving', () => {
  it('records the placed order with its total', () => {
    expect(newOrder().timeline).toEqual([line(T0, 'buyer', 'placed', { amount: TOTAL })]);
  });

  it('records the payment with its amount', () => {
    const now = T0 + HOUR;
    expect(added(states.unpaid, { type: 'pay' }, now)).toEqual([
      line(now, 'buyer', 'paid', { amount: TOTAL }),
    ]);
  });

  it('records the shipment and schedules completion 10 days later', () => {
    const now = T0 + DAY;
    expect(added(states.paid, { type: 'ship' }, now)).toEqual([line(now, 'seller', 'shipped')]);
    expect(accepted(states.paid, { type: 'ship' }, now)).toMatchObject({
      status: 'shipped',
      shipBy: null,
      shippedAt: now,
      completesAt: now + 10 * DAY,
    });
  });

  it('records the buyer confirming receipt', () => {
    const now = T0 + 2 * DAY;
    expect(added(states.shipped, { type: 'confirmReceipt' }, now)).toEqual([
      line(now, 'buyer', 'received'),
    ]);
    expect(accepted(states.shipped, { type: 'confirmReceipt' }, now)).toMatchObject({
      status: 'finished',
      completesAt: null,
      finishedAt: now,
    });
  });

  it('records the platform completing the order 10 days after shipping', () => {
    const { shipped } = states;
    const now = shipped.completesAt!;
    expect(added(shipped, { type: 'autoComplete' }, now)).toEqual([
      line(now, 'platform', 'completed'),
    ]);
    expect(accepted(shipped, { type: 'autoComplete' }, now)).toMatchObject({
      status: 'finished',
      completesAt: null,
      finishedAt: now,
    });
  });
});

describe('cancelling', () => {
  it("quotes the buyer's reason and opens the restore window of an unpaid order", () => {
    const now = T0 + 10 * MINUTE;
    const event = { type: 'cancel', by: 'buyer', reason: 'Ordered by mistake' } as const;
    expect(added(states.unpaid, event, now)).toEqual([
      line(now, 'buyer', 'cancelled', { message: 'Ordered by mistake' }),
    ]);
    expect(accepted(states.unpaid, event, now)).toMatchObject({
      status: 'cancelled',
      payBy: null,
      shipBy: null,
      refundBy: null,
      cancellation: {
        by: 'buyer',
        reason: 'Ordered by mistake',
        at: now,
        restoreWindowEndsAt: now + 15 * MINUTE,
        saleEventName: null,
      },
    });
  });

  it("quotes the seller's reason and schedules the refund of a paid order", () => {
    const now = T0 + 2 * MINUTE;
    const event = { type: 'cancel', by: 'seller', reason: 'Out of stock' } as const;
    expect(added(states.paid, event, now)).toEqual([
      line(now, 'seller', 'cancelled', { message: 'Out of stock' }),
      line(now, 'platform', 'refund_scheduled', { amount: TOTAL, until: REFUND_BY }),
    ]);
    expect(accepted(states.paid, event, now)).toMatchObject({
      status: 'cancelled',
      shipBy: null,
      refundBy: REFUND_BY,
      cancellation: {
        by: 'seller',
        reason: 'Out of stock',
        at: now,
        restoreWindowEndsAt: null,
        saleEventName: null,
      },
    });
  });

  it('has the buyer cancel a paid order in their own words too', () => {
    const now = T0 + 2 * MINUTE;
    const event = { type: 'cancel', by: 'buyer', reason: 'Found it cheaper' } as const;
    expect(added(states.paid, event, now)[0]).toEqual(
      line(now, 'buyer', 'cancelled', { message: 'Found it cheaper' }),
    );
  });

  it('has the seller cancel an unpaid order', () => {
    const now = T0 + 2 * MINUTE;
    const event = { type: 'cancel', by: 'seller', reason: 'Price listed in error' } as const;
    expect(added(states.unpaid, event, now)).toEqual([
      line(now, 'seller', 'cancelled', { message: 'Price listed in error' }),
    ]);
  });

  it('has the platform cancel an unpaid order at pay-by, with no reason quoted', () => {
    const { unpaid } = states;
    const now = unpaid.payBy!;
    expect(added(unpaid, { type: 'payByPasses' }, now)).toEqual([
      line(now, 'platform', 'cancelled', { cause: 'payment_not_received' }),
    ]);
  });

  it('has the platform cancel an unshipped order at ship-by and schedule its refund', () => {
    const { paid } = states;
    const now = paid.shipBy!;
    // Monday 30 Nov + 10 business days = Monday 14 Dec.
    const refundBy = Date.UTC(2026, 11, 14, 10, 1);
    expect(added(paid, { type: 'shipByPasses' }, now)).toEqual([
      line(now, 'platform', 'cancelled', { cause: 'not_shipped_in_time' }),
      line(now, 'platform', 'refund_scheduled', { amount: TOTAL, until: refundBy }),
    ]);
    expect(accepted(paid, { type: 'shipByPasses' }, now).refundBy).toBe(refundBy);
  });
});

describe('restore requests', () => {
  it("records the request with the reason's label and quotes the buyer's message", () => {
    const { cancelledUnpaid } = states;
    const now = T0 + 5 * MINUTE;
    const event = {
      type: 'requestRestore',
      reason: 'payment_resolved',
      message: 'My card works again, please restore',
    } as const;
    expect(added(cancelledUnpaid, event, now)).toEqual([
      line(now, 'buyer', 'restore_requested', {
        reason: 'payment_resolved',
        message: 'My card works again, please restore',
      }),
    ]);
    expect(accepted(cancelledUnpaid, event, now).restoreRequests).toEqual([
      {
        id: '1000000000000001-1',
        reason: 'payment_resolved',
        message: 'My card works again, please restore',
        requestedAt: now,
        answerBy: now + 48 * HOUR,
        closedAt: null,
        outcome: null,
        note: null,
        plannedDecision: undefined,
      },
    ]);
  });

  it('uses the paid reasons for a paid order', () => {
    const { cancelledPaid } = states;
    const now = T0 + HOUR;
    const event = {
      type: 'requestRestore',
      reason: 'product_issue',
      message: 'If it can be fixed I will keep it',
    } as const;
    expect(added(cancelledPaid, event, now)).toEqual([
      line(now, 'buyer', 'restore_requested', {
        reason: 'product_issue',
        message: 'If it can be fixed I will keep it',
      }),
    ]);
  });

  it('records the buyer withdrawing the request', () => {
    const { requestedUnpaid } = states;
    const now = T0 + 5 * MINUTE;
    expect(added(requestedUnpaid, { type: 'withdrawRequest' }, now)).toEqual([
      line(now, 'buyer', 'restore_withdrawn'),
    ]);
    expect(accepted(requestedUnpaid, { type: 'withdrawRequest' }, now)).toMatchObject({
      status: 'cancelled',
      restoreRequests: [{ closedAt: now, outcome: 'withdrawn', note: null }],
    });
  });

  it("records the seller's decline and quotes their note", () => {
    const { requestedPaid } = states;
    const now = T0 + HOUR;
    const event = { type: 'decline', note: 'Sorry, it is sold out' } as const;
    expect(added(requestedPaid, event, now)).toEqual([
      line(now, 'seller', 'restore_declined', { message: 'Sorry, it is sold out' }),
    ]);
    expect(accepted(requestedPaid, event, now)).toMatchObject({
      status: 'cancelled',
      refundBy: REFUND_BY,
      restoreRequests: [{ closedAt: now, outcome: 'declined', note: 'Sorry, it is sold out' }],
    });
  });

  it('closes only the pending request, never an earlier one', () => {
    const declined = apply(states.requestedUnpaid, [
      [{ type: 'decline', note: 'Price changed' }, T0 + 3 * MINUTE],
      [
        { type: 'requestRestore', reason: 'still_want_item', message: 'I will pay the new price' },
        T0 + 4 * MINUTE,
      ],
    ]);
    const restored = accepted(declined, { type: 'accept', note: 'Done' }, T0 + 5 * MINUTE);
    expect(
      restored.restoreRequests.map(({ closedAt, outcome, note }) => ({ closedAt, outcome, note })),
    ).toEqual([
      { closedAt: T0 + 3 * MINUTE, outcome: 'declined', note: 'Price changed' },
      { closedAt: T0 + 5 * MINUTE, outcome: 'accepted', note: 'Done' },
    ]);
  });
});

describe("the seller's acceptance", () => {
  it('restores an unpaid order with a new pay-by, quoting the note', () => {
    const now = T0 + 7 * MINUTE;
    const event = { type: 'accept', note: 'Restored, pay when ready' } as const;
    expect(added(states.requestedUnpaid, event, now)).toEqual([
      line(now, 'seller', 'restore_accepted', {
        outcome: 'accepted',
        until: now + DAY,
        message: 'Restored, pay when ready',
      }),
    ]);
    expect(accepted(states.requestedUnpaid, event, now)).toMatchObject({
      status: 'unpaid',
      payBy: now + DAY,
      restoreRequests: [{ outcome: 'accepted', note: 'Restored, pay when ready', closedAt: now }],
    });
  });

  it('restores an unpaid order without a note', () => {
    const now = T0 + 7 * MINUTE;
    const restored = accepted(states.requestedUnpaid, { type: 'accept' }, now);
    expect(restored.timeline.at(-1)!.message).toBeNull();
    expect(restored.restoreRequests.at(-1)!.note).toBeNull();
  });

  it('restores a paid order with a replacement to be shipped within 5 days', () => {
    const now = T0 + 4 * MINUTE;
    const event = { type: 'acceptWithReplacement', note: 'Sending a new one' } as const;
    expect(added(states.requestedPaid, event, now)).toEqual([
      line(now, 'seller', 'restore_accepted', {
        outcome: 'accepted_replacement',
        until: now + 5 * DAY,
        message: 'Sending a new one',
      }),
    ]);
    expect(accepted(states.requestedPaid, event, now)).toMatchObject({
      status: 'paid',
      shipBy: now + 5 * DAY,
      refundBy: null,
      restoreRequests: [{ outcome: 'accepted_replacement', note: 'Sending a new one' }],
    });
    const noNote = accepted(states.requestedPaid, { type: 'acceptWithReplacement' }, now);
    expect(noNote.timeline.at(-1)!.message).toBeNull();
    expect(noNote.restoreRequests.at(-1)!.note).toBeNull();
  });

  it('accepts a paid request with a refund, keeping refund-by', () => {
    const now = T0 + 4 * MINUTE;
    const event = { type: 'acceptWithRefund', note: 'Refund it is' } as const;
    expect(added(states.requestedPaid, event, now)).toEqual([
      line(now, 'seller', 'restore_accepted', {
        outcome: 'accepted_refund',
        until: REFUND_BY,
        message: 'Refund it is',
        amount: TOTAL,
      }),
    ]);
    expect(accepted(states.requestedPaid, event, now)).toMatchObject({
      status: 'refunding',
      refundBy: REFUND_BY,
      restoreRequests: [{ outcome: 'accepted_refund', note: 'Refund it is', closedAt: now }],
    });
    const noNote = accepted(states.requestedPaid, { type: 'acceptWithRefund' }, now);
    expect(noNote.timeline.at(-1)!.message).toBeNull();
    expect(noNote.restoreRequests.at(-1)!.note).toBeNull();
  });
});

describe('refunds landing', () => {
  it('finishes an order the seller accepted with a refund', () => {
    expect(added(states.refunding, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      line(REFUND_BY, 'platform', 'refund_landed', { amount: TOTAL }),
    ]);
    expect(accepted(states.refunding, { type: 'refundByPasses' }, REFUND_BY)).toMatchObject({
      status: 'finished',
      refundedAt: REFUND_BY,
      finishedAt: REFUND_BY,
    });
  });

  it('closes a cancelled paid order for good', () => {
    expect(added(states.cancelledPaid, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      // The refund ends the chance to restore the order.
      line(REFUND_BY, 'platform', 'refund_landed', {
        amount: TOTAL,
        outcome: 'refund_completed',
      }),
    ]);
    expect(accepted(states.cancelledPaid, { type: 'refundByPasses' }, REFUND_BY)).toMatchObject({
      status: 'cancelled',
      refundedAt: REFUND_BY,
      finishedAt: null,
    });
  });

  it('closes a request the seller had not answered, then lands the refund', () => {
    expect(added(states.requestedPaid, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      line(REFUND_BY, 'platform', 'restore_closed', { outcome: 'refund_completed' }),
      line(REFUND_BY, 'platform', 'refund_landed', { amount: TOTAL }),
    ]);
    expect(accepted(states.requestedPaid, { type: 'refundByPasses' }, REFUND_BY)).toMatchObject({
      status: 'cancelled',
      refundedAt: REFUND_BY,
      restoreRequests: [
        {
          closedAt: REFUND_BY,
          outcome: 'refund_completed',
          // The platform closed it: no seller's note.
          note: null,
        },
      ],
    });
  });
});
