/**
 * The record's sentences, word for word in English: the same entries the machine writes in
 * src/domain/machine.timeline.test.ts (which checks their facts), built through the machine, and
 * the sentence `timelineText` writes for each. Moments are written in the browser's time zone, so
 * the expected dates come from the same formatters; their English shape is pinned in UTC.
 */
import { describe, expect, it } from 'vitest';
import { apply, newOrder, ordersByState, T0 } from '../../test/domain-fixtures';
import { orderId } from '../../domain/ids';
import { transition, type OrderEvent } from '../../domain/machine';
import type { Order, TimelineEvent } from '../../domain/order';
import { buyAgain } from '../../domain/place-order';
import { DAY, HOUR, MINUTE } from '../../domain/time';
import { formatDate, formatDateTime } from '../format';
import { actorWords, timelineText } from './timeline-words';

const states = ordersByState();
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled (Wed 25 Nov). */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

function accepted(order: Order, event: OrderEvent, now: number): Order {
  const result = transition(order, event, now);
  if (!result.ok) throw new Error(`${event.type} refused: ${result.refusal.message}`);
  return result.order;
}

/** The sentences of the entries the transition added to the timeline. */
function added(order: Order, event: OrderEvent, now: number): string[] {
  const next = accepted(order, event, now);
  return next.timeline.slice(order.timeline.length).map((entry) => timelineText(entry, next));
}

const sentences = (order: Order) => order.timeline.map((entry) => timelineText(entry, order));

describe('the English of the dates in these sentences', () => {
  it('writes en-US dates and times, with the zone', () => {
    expect(formatDate(REFUND_BY, 'UTC')).toBe('Dec 9, 2026');
    expect(formatDate(Date.UTC(2026, 11, 14, 10, 1), 'UTC')).toBe('Dec 14, 2026');
    expect(formatDate(T0 + 4 * MINUTE + 5 * DAY, 'UTC')).toBe('Nov 30, 2026');
    expect(formatDateTime(T0 + 7 * MINUTE + DAY, 'UTC')).toBe('Nov 26, 2026, 10:07 AM UTC');
  });
});

describe('placing, paying, shipping and receiving', () => {
  it('says the buyer placed the order', () => {
    expect(sentences(newOrder())).toEqual(['You placed the order']);
  });

  it('names the order bought again', () => {
    const again = buyAgain(states.cancelledPaid, orderId('2000000000000001'), T0 + DAY);
    expect(sentences(again)).toEqual(['You bought the items again (from order 1000000000000001)']);
  });

  it('says the buyer paid, with the amount', () => {
    expect(added(states.unpaid, { type: 'pay' }, T0 + HOUR)).toEqual(['You paid $25.00']);
  });

  it('says the seller shipped', () => {
    expect(added(states.paid, { type: 'ship' }, T0 + DAY)).toEqual([
      'The seller shipped your order',
    ]);
  });

  it('says the buyer confirmed receipt', () => {
    expect(added(states.shipped, { type: 'confirmReceipt' }, T0 + 2 * DAY)).toEqual([
      'You confirmed you received the order',
    ]);
  });

  it('says the platform completed the order 10 days after shipping', () => {
    const { shipped } = states;
    expect(added(shipped, { type: 'autoComplete' }, shipped.completesAt!)).toEqual([
      'Completed automatically 10 days after shipping',
    ]);
  });
});

describe('cancelling', () => {
  it('says the buyer cancelled an unpaid order', () => {
    const event = { type: 'cancel', by: 'buyer', reason: 'Ordered by mistake' } as const;
    expect(added(states.unpaid, event, T0 + 10 * MINUTE)).toEqual(['You cancelled this order']);
  });

  it('says the seller cancelled a paid order and the refund is on its way', () => {
    const event = { type: 'cancel', by: 'seller', reason: 'Out of stock' } as const;
    expect(added(states.paid, event, T0 + 2 * MINUTE)).toEqual([
      'Cancelled by the seller',
      `Refund of $25.00 on its way, by ${formatDate(REFUND_BY)}`,
    ]);
  });

  it('says the buyer cancelled a paid order too', () => {
    const event = { type: 'cancel', by: 'buyer', reason: 'Found it cheaper' } as const;
    expect(added(states.paid, event, T0 + 2 * MINUTE)[0]).toBe('You cancelled this order');
  });

  it('says the seller cancelled an unpaid order', () => {
    const event = { type: 'cancel', by: 'seller', reason: 'Price listed in error' } as const;
    expect(added(states.unpaid, event, T0 + 2 * MINUTE)).toEqual(['Cancelled by the seller']);
  });

  it('says the platform cancelled an unpaid order at pay-by', () => {
    const { unpaid } = states;
    expect(added(unpaid, { type: 'payByPasses' }, unpaid.payBy!)).toEqual([
      'Cancelled automatically: payment not received in time',
    ]);
  });

  it('says the platform cancelled an unshipped order at ship-by and schedules its refund', () => {
    const { paid } = states;
    // Monday 30 Nov + 10 business days = Monday 14 Dec.
    expect(added(paid, { type: 'shipByPasses' }, paid.shipBy!)).toEqual([
      'Cancelled automatically: the seller did not ship in time',
      `Refund of $25.00 on its way, by ${formatDate(Date.UTC(2026, 11, 14, 10, 1))}`,
    ]);
  });
});

describe('restore requests', () => {
  it("names the reason's label, never quoting the buyer's message", () => {
    const event = {
      type: 'requestRestore',
      reason: 'payment_resolved',
      message: 'My card works again, please restore',
    } as const;
    expect(added(states.cancelledUnpaid, event, T0 + 5 * MINUTE)).toEqual([
      'You asked the seller to restore this order: Payment issue has been resolved',
    ]);
  });

  it('uses the paid reasons for a paid order', () => {
    const event = {
      type: 'requestRestore',
      reason: 'product_issue',
      message: 'If it can be fixed I will keep it',
    } as const;
    expect(added(states.cancelledPaid, event, T0 + HOUR)).toEqual([
      'You asked the seller to restore this order: Product issue',
    ]);
  });

  it('says the buyer withdrew the request', () => {
    expect(added(states.requestedUnpaid, { type: 'withdrawRequest' }, T0 + 5 * MINUTE)).toEqual([
      'You withdrew your restore request',
    ]);
  });

  it('says the seller declined', () => {
    const event = { type: 'decline', note: 'Sorry, it is sold out' } as const;
    expect(added(states.requestedPaid, event, T0 + HOUR)).toEqual([
      'The seller declined to restore the order',
    ]);
  });
});

describe("the seller's acceptance", () => {
  it('gives the new pay-by of a restored unpaid order, with its time', () => {
    const now = T0 + 7 * MINUTE;
    const event = { type: 'accept', note: 'Restored, pay when ready' } as const;
    expect(added(states.requestedUnpaid, event, now)).toEqual([
      `The seller restored your order. Pay by ${formatDateTime(now + DAY)}`,
    ]);
  });

  it('gives the ship-by date of a replacement', () => {
    const now = T0 + 4 * MINUTE;
    const event = { type: 'acceptWithReplacement', note: 'Sending a new one' } as const;
    expect(added(states.requestedPaid, event, now)).toEqual([
      `The seller restored your order and will send it. Ships by ${formatDate(now + 5 * DAY)}`,
    ]);
  });

  it('gives the amount and refund-by of an accepted refund', () => {
    const event = { type: 'acceptWithRefund', note: 'Refund it is' } as const;
    expect(added(states.requestedPaid, event, T0 + 4 * MINUTE)).toEqual([
      `The seller accepted your request with a refund of $25.00 by ${formatDate(REFUND_BY)}`,
    ]);
  });
});

describe('refunds landing', () => {
  it('says the refund completed, for an order the seller accepted with a refund', () => {
    expect(added(states.refunding, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      'Refund of $25.00 completed',
    ]);
  });

  it('says a cancelled paid order can no longer be restored', () => {
    expect(added(states.cancelledPaid, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      'Refund of $25.00 completed; the order can no longer be restored',
    ]);
  });

  it('says why the platform closed an unanswered request, then the refund', () => {
    expect(added(states.requestedPaid, { type: 'refundByPasses' }, REFUND_BY)).toEqual([
      'Request closed: Refund completed before the seller answered',
      'Refund of $25.00 completed',
    ]);
  });
});

describe("the seller's answer-by passing (product.md §11)", () => {
  it('says the seller did not answer in time, and nothing more', () => {
    for (const order of [states.requestedUnpaid, states.requestedPaid]) {
      const answerBy = order.restoreRequests.at(-1)!.answerBy;
      expect(added(order, { type: 'answerByPasses' }, answerBy)).toEqual([
        'The seller did not answer in time',
      ]);
    }
  });

  it('reads from the request to the refund of an expired paid request', () => {
    const { requestedPaid } = states;
    const answerBy = requestedPaid.restoreRequests.at(-1)!.answerBy;
    const expired = apply(requestedPaid, [[{ type: 'answerByPasses' }, answerBy]]);
    const refunded = apply(expired, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(sentences(refunded).slice(-3)).toEqual([
      'You asked the seller to restore this order: I want a replacement',
      'The seller did not answer in time',
      'Refund of $25.00 completed; the order can no longer be restored',
    ]);
  });

  it('still says a refund closed the request when refund-by came first', () => {
    const entry = {
      at: REFUND_BY,
      actor: 'platform',
      kind: 'restore_closed',
      message: null,
      amount: null,
      until: null,
      reason: null,
      cause: null,
      outcome: 'refund_completed',
    } as const satisfies TimelineEvent;
    expect(timelineText(entry, states.requestedPaid)).toBe(
      'Request closed: Refund completed before the seller answered',
    );
    expect(timelineText({ ...entry, outcome: 'expired' }, states.requestedPaid)).toBe(
      'The seller did not answer in time',
    );
  });
});

describe('a whole record', () => {
  it('reads from placing to the refund of a declined request', () => {
    const declined = apply(states.requestedPaid, [{ type: 'decline', note: 'No stock left' }]);
    const refunded = apply(declined, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(sentences(refunded)).toEqual([
      'You placed the order',
      'You paid $25.00',
      'Cancelled by the seller',
      `Refund of $25.00 on its way, by ${formatDate(REFUND_BY)}`,
      'You asked the seller to restore this order: I want a replacement',
      'The seller declined to restore the order',
      'Refund of $25.00 completed; the order can no longer be restored',
    ]);
  });

  it('throws on an entry it does not know, rather than writing nothing', () => {
    const broken = { ...newOrder().timeline[0]!, kind: 'lost' } as unknown as TimelineEvent;
    expect(() => timelineText(broken, newOrder())).toThrow(
      new TypeError('Unknown timeline entry lost'),
    );
  });
});

describe('who did it', () => {
  it('names the buyer, the seller and the platform', () => {
    expect(actorWords('buyer')).toBe('You');
    expect(actorWords('seller')).toBe('The seller');
    expect(actorWords('platform')).toBe('The platform');
  });
});
