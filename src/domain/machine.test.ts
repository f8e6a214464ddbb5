// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, isWeekendUtc, lastAt, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import { allowedEvents, canBuyAgain } from './buyer-actions';
import { transition, type OrderEvent } from './machine';
import { pendingRequest, type Order } from './order';
import {
  ANSWER_WINDOW_MS,
  REFUND_BUSINESS_DAYS,
  RESTORE_WINDOW_MS,
  SALE_RESTORE_WINDOW_MS,
  type RefusalCode,
} from './restore-rules';
import type { OrderStatus } from './status';
import { DAY, HOUR, MINUTE } from './time';

const states = ordersByState();
type StateName = keyof typeof states;

const EVENTS = {
  pay: { type: 'pay' },
  cancelByBuyer: { type: 'cancel', by: 'buyer', reason: 'Changed my mind' },
  cancelBySeller: { type: 'cancel', by: 'seller', reason: 'Out of stock' },
  payByPasses: { type: 'payByPasses' },
  shipByPasses: { type: 'shipByPasses' },
  ship: { type: 'ship' },
  confirmReceipt: { type: 'confirmReceipt' },
  autoComplete: { type: 'autoComplete' },
  requestRestore: { type: 'requestRestore', reason: 'other', message: 'Please restore my order' },
  withdrawRequest: { type: 'withdrawRequest' },
  accept: { type: 'accept' },
  acceptWithReplacement: { type: 'acceptWithReplacement' },
  acceptWithRefund: { type: 'acceptWithRefund' },
  decline: { type: 'decline', note: 'Sorry, out of stock' },
  refundByPasses: { type: 'refundByPasses' },
  answerByPasses: { type: 'answerByPasses' },
} satisfies Record<string, OrderEvent>;
type EventName = keyof typeof EVENTS;

/** When each event is tried: deadlines at their moment, everything else a minute after the last event. */
function momentFor(order: Order, event: OrderEvent): number {
  const soon = lastAt(order) + MINUTE;
  switch (event.type) {
    case 'payByPasses':
      return order.payBy ?? soon;
    case 'shipByPasses':
      return order.shipBy ?? soon;
    case 'autoComplete':
      return order.completesAt ?? soon;
    case 'refundByPasses':
      return order.refundBy ?? soon;
    case 'answerByPasses':
      return pendingRequest(order)?.answerBy ?? soon;
    default:
      return soon;
  }
}

type Expected = OrderStatus | RefusalCode;
const I = 'INVALID_TRANSITION' as const;

/** Every status × event pair: where it lands, or the code it is refused with (product.md §3). */
// prettier-ignore
const TABLE: Record<StateName, Record<EventName, Expected>> = {
  unpaid: {
    pay: 'paid', cancelByBuyer: 'cancelled', cancelBySeller: 'cancelled', payByPasses: 'cancelled',
    shipByPasses: I, ship: I, confirmReceipt: I, autoComplete: I, requestRestore: I,
    withdrawRequest: I, accept: I, acceptWithReplacement: I, acceptWithRefund: I, decline: I,
    refundByPasses: I, answerByPasses: I,
  },
  paid: {
    pay: I, cancelByBuyer: 'cancelled', cancelBySeller: 'cancelled', payByPasses: I,
    shipByPasses: 'cancelled', ship: 'shipped', confirmReceipt: I, autoComplete: I,
    requestRestore: I, withdrawRequest: I, accept: I, acceptWithReplacement: I,
    acceptWithRefund: I, decline: I, refundByPasses: I, answerByPasses: I,
  },
  shipped: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: 'finished', autoComplete: 'finished', requestRestore: I, withdrawRequest: I,
    accept: I, acceptWithReplacement: I, acceptWithRefund: I, decline: I, refundByPasses: I,
    answerByPasses: I,
  },
  finished: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: I, withdrawRequest: I, accept: I,
    acceptWithReplacement: I, acceptWithRefund: I, decline: I, refundByPasses: I,
    answerByPasses: I,
  },
  cancelledUnpaid: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: 'restoration_requested',
    withdrawRequest: I, accept: I, acceptWithReplacement: I, acceptWithRefund: I, decline: I,
    refundByPasses: I, answerByPasses: I,
  },
  cancelledPaid: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: 'restoration_requested',
    withdrawRequest: I, accept: I, acceptWithReplacement: I, acceptWithRefund: I, decline: I,
    refundByPasses: 'cancelled', answerByPasses: I,
  },
  requestedUnpaid: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: 'ALREADY_REQUESTED',
    withdrawRequest: 'cancelled', accept: 'unpaid', acceptWithReplacement: I,
    acceptWithRefund: I, decline: 'cancelled', refundByPasses: I, answerByPasses: 'cancelled',
  },
  requestedPaid: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: 'ALREADY_REQUESTED',
    withdrawRequest: 'cancelled', accept: I, acceptWithReplacement: 'paid',
    acceptWithRefund: 'refunding', decline: 'cancelled', refundByPasses: 'cancelled',
    answerByPasses: 'cancelled',
  },
  refunding: {
    pay: I, cancelByBuyer: I, cancelBySeller: I, payByPasses: I, shipByPasses: I, ship: I,
    confirmReceipt: I, autoComplete: I, requestRestore: I, withdrawRequest: I, accept: I,
    acceptWithReplacement: I, acceptWithRefund: I, decline: I, refundByPasses: 'finished',
    answerByPasses: I,
  },
};

const cases = (Object.keys(TABLE) as StateName[]).flatMap((state) =>
  (Object.keys(EVENTS) as EventName[]).map((event) => [state, event, TABLE[state][event]] as const),
);

describe('transition: every status × event pair', () => {
  it('covers each state and each event', () => {
    expect(cases).toHaveLength(9 * 16);
    expect(new Set(Object.values(states).map((order) => order.status))).toEqual(
      new Set([
        'unpaid',
        'paid',
        'shipped',
        'finished',
        'cancelled',
        'restoration_requested',
        'refunding',
      ]),
    );
  });

  it.each(cases)('%s + %s → %s', (state, eventName, expected) => {
    const order = states[state];
    const event = EVENTS[eventName];
    const before = structuredClone(order);
    const result = transition(order, event, momentFor(order, event));
    if (result.ok) {
      expect(result.order.status).toBe(expected);
      expect(result.order.timeline.length).toBeGreaterThan(order.timeline.length);
    } else {
      expect(result.refusal.code).toBe(expected);
      expect(result.refusal.message.length).toBeGreaterThan(20);
      expect(result.refusal.message).toMatch(/\.$/);
    }
    expect(order).toEqual(before);
  });
});

describe('transition effects', () => {
  it('pay sets ship-by 5 days after payment', () => {
    const paid = apply(newOrder(), [[{ type: 'pay' }, T0 + HOUR]]);
    expect(paid.payment).toEqual({ state: 'paid', paidAt: T0 + HOUR });
    expect(paid.shipBy).toBe(T0 + HOUR + 5 * DAY);
    expect(paid.payBy).toBeNull();
  });

  it('refuses payment once pay-by has passed', () => {
    const order = newOrder();
    expect(transition(order, { type: 'pay' }, order.payBy! - 1).ok).toBe(true);
    const late = transition(order, { type: 'pay' }, order.payBy!);
    expect(late.ok).toBe(false);
  });

  it('a buyer cancelling a paid order gets refund-by 10 business days later', () => {
    const { paid } = states;
    const cancelled = apply(paid, [
      [{ type: 'cancel', by: 'buyer', reason: 'No longer needed' }, T0 + DAY],
    ]);
    // Thursday 26 Nov + 10 business days = Thursday 10 Dec.
    expect(cancelled.refundBy).toBe(Date.UTC(2026, 11, 10, 10, 0, 0));
    expect(cancelled.cancellation).toMatchObject({
      by: 'buyer',
      reason: 'No longer needed',
      restoreWindowEndsAt: null,
    });
    expect(cancelled.timeline.map((event) => event.kind).slice(-2)).toEqual([
      'cancelled',
      'refund_scheduled',
    ]);
  });

  it('the platform cancels at pay-by with "payment not received in time" and opens a window', () => {
    const order = newOrder();
    const result = transition(order, { type: 'payByPasses' }, order.payBy!);
    expect(result.ok && result.order.cancellation).toMatchObject({
      by: 'platform',
      reason: 'payment_not_received',
      restoreWindowEndsAt: order.payBy! + RESTORE_WINDOW_MS,
    });
    expect(result.ok && result.order.timeline.at(-1)).toMatchObject({
      actor: 'platform',
      kind: 'cancelled',
      cause: 'payment_not_received',
      message: null,
    });
  });

  it('the platform cancels an unshipped order at ship-by and sets refund-by', () => {
    const { paid } = states;
    const result = transition(paid, { type: 'shipByPasses' }, paid.shipBy!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.cancellation).toMatchObject({
      by: 'platform',
      reason: 'not_shipped_in_time',
    });
    expect(result.order.refundBy).not.toBeNull();
    expect(result.order.timeline.at(-2)).toMatchObject({
      actor: 'platform',
      kind: 'cancelled',
      cause: 'not_shipped_in_time',
      message: null,
    });
  });

  it('does not let the seller ship after ship-by', () => {
    const { paid } = states;
    expect(transition(paid, { type: 'ship' }, paid.shipBy! - 1).ok).toBe(true);
    expect(transition(paid, { type: 'ship' }, paid.shipBy!).ok).toBe(false);
  });

  it('auto-completes only when 10 days have passed since shipping', () => {
    const { shipped } = states;
    expect(shipped.completesAt).toBe(shipped.shippedAt! + 10 * DAY);
    expect(transition(shipped, { type: 'autoComplete' }, shipped.completesAt! - 1).ok).toBe(false);
    expect(transition(shipped, { type: 'autoComplete' }, shipped.completesAt!).ok).toBe(true);
  });

  it('accepting an unpaid request gives 24 hours to pay', () => {
    const { requestedUnpaid } = states;
    const now = lastAt(requestedUnpaid) + 5 * MINUTE;
    const result = transition(requestedUnpaid, { type: 'accept', note: 'Restored!' }, now);
    expect(result.ok && result.order.payBy).toBe(now + 24 * HOUR);
    expect(result.ok && result.order.restoreRequests.at(-1)).toMatchObject({
      outcome: 'accepted',
      note: 'Restored!',
      closedAt: now,
    });
  });

  it('accepting a paid request with a replacement gives 5 days to ship and cancels the refund', () => {
    const { requestedPaid } = states;
    const now = lastAt(requestedPaid) + MINUTE;
    const result = transition(requestedPaid, { type: 'acceptWithReplacement' }, now);
    expect(result.ok && result.order).toMatchObject({
      status: 'paid',
      shipBy: now + 5 * DAY,
      refundBy: null,
    });
  });

  it('a refund accepted by the seller lands at refund-by and finishes the order', () => {
    const { refunding } = states;
    const result = transition(refunding, { type: 'refundByPasses' }, refunding.refundBy!);
    expect(result.ok && result.order).toMatchObject({
      status: 'finished',
      refundedAt: refunding.refundBy,
    });
  });

  it('closes a paid request when refund-by passes before the seller answers', () => {
    const { requestedPaid } = states;
    const result = transition(requestedPaid, { type: 'refundByPasses' }, requestedPaid.refundBy!);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.status).toBe('cancelled');
    // The platform closed it: no seller's note (the UI words why from the outcome).
    expect(result.order.restoreRequests.at(-1)).toMatchObject({
      outcome: 'refund_completed',
      note: null,
    });
    expect(result.order.timeline.at(-2)).toMatchObject({
      actor: 'platform',
      kind: 'restore_closed',
      outcome: 'refund_completed',
    });
    const again = transition(result.order, EVENTS.requestRestore, requestedPaid.refundBy! + MINUTE);
    expect(!again.ok && again.refusal.code).toBe('REFUND_COMPLETED');
    expect(canBuyAgain(result.order, requestedPaid.refundBy! + MINUTE)).toBe(true);
  });

  it('lets the buyer ask again after a decline while the order is still restorable', () => {
    const declined = apply(states.requestedUnpaid, [{ type: 'decline', note: 'Price changed' }]);
    expect(declined.status).toBe('cancelled');
    expect(canBuyAgain(declined, lastAt(declined))).toBe(true);
    const again = apply(declined, [
      { type: 'requestRestore', reason: 'still_want_item', message: 'I would pay more' },
    ]);
    expect(again.status).toBe('restoration_requested');
    expect(again.restoreRequests).toHaveLength(2);
    expect(again.restoreRequests.map((request) => request.id)).toEqual([
      '1000000000000001-1',
      '1000000000000001-2',
    ]);
  });

  it('withdrawing keeps the window at its original end', () => {
    const { cancelledUnpaid } = states;
    const endsAt = cancelledUnpaid.cancellation!.restoreWindowEndsAt!;
    const withdrawn = apply(states.requestedUnpaid, [{ type: 'withdrawRequest' }]);
    expect(withdrawn.cancellation!.restoreWindowEndsAt).toBe(endsAt);
    expect(withdrawn.restoreRequests.at(-1)).toMatchObject({ outcome: 'withdrawn' });
  });

  it('refuses a reason meant for the other kind of order', () => {
    const result = transition(
      states.cancelledUnpaid,
      { type: 'requestRestore', reason: 'product_issue', message: 'Please restore' },
      lastAt(states.cancelledUnpaid) + 1,
    );
    expect(!result.ok && result.refusal.code).toBe('INVALID_TRANSITION');
  });

  it('refuses an event dated before the last event on the order', () => {
    const { paid } = states;
    const result = transition(paid, { type: 'ship' }, lastAt(paid) - 1);
    expect(!result.ok && result.refusal.code).toBe('INVALID_TRANSITION');
  });
});

describe("the seller's answer-by (product.md §11)", () => {
  const { requestedUnpaid, requestedPaid } = states;
  const answerByOf = (order: Order) => pendingRequest(order)!.answerBy;
  const expire = (order: Order, at = answerByOf(order)) =>
    apply(order, [[EVENTS.answerByPasses, at]]);
  const refusal = (order: Order, at: number) => {
    const result = transition(order, EVENTS.answerByPasses, at);
    if (result.ok) throw new Error('answerByPasses was accepted');
    return result.refusal;
  };

  it('is 48 hours after the request, set when it is sent', () => {
    expect(ANSWER_WINDOW_MS).toBe(48 * HOUR);
    expect(requestedUnpaid.restoreRequests.at(-1)!.answerBy).toBe(T0 + 2 * MINUTE + 2 * DAY);
    expect(requestedPaid.restoreRequests.at(-1)!.answerBy).toBe(T0 + 3 * MINUTE + 2 * DAY);
  });

  it('is refused until its last millisecond: the seller still has time to answer', () => {
    for (const order of [requestedUnpaid, requestedPaid]) {
      expect(refusal(order, answerByOf(order) - 1)).toEqual({
        code: 'INVALID_TRANSITION',
        message: 'The seller still has time to answer.',
      });
      expect(refusal(order, lastAt(order))).toEqual({
        code: 'INVALID_TRANSITION',
        message: 'The seller still has time to answer.',
      });
    }
  });

  it.each([
    ['requestedUnpaid', 0],
    ['requestedPaid', 0],
    ['requestedUnpaid', 3 * HOUR],
    ['requestedPaid', DAY],
  ] as const)(
    'closes %s at answer-by + %i ms: expired, no note, one platform entry',
    (state, late) => {
      const order = states[state];
      const at = answerByOf(order) + late;
      const closed = expire(order, at);
      expect(closed.status).toBe('cancelled');
      expect(closed.restoreRequests).toEqual([
        { ...order.restoreRequests[0]!, closedAt: at, outcome: 'expired', note: null },
      ]);
      expect(closed.restoreRequests[0]!.plannedDecision).toBeUndefined();
      expect(closed.timeline).toEqual([
        ...order.timeline,
        {
          at,
          actor: 'platform',
          kind: 'restore_closed',
          message: null,
          amount: null,
          until: null,
          reason: null,
          cause: null,
          outcome: 'expired',
        },
      ]);
      // Nothing else changes: the order is back as it was before the request.
      expect({
        ...closed,
        status: order.status,
        restoreRequests: order.restoreRequests,
        timeline: order.timeline,
      }).toEqual(order);
    },
  );

  it('drops the plan of a seller who never answered', () => {
    const planned = apply(states.cancelledPaid, [
      {
        type: 'requestRestore',
        reason: 'changed_mind',
        message: 'Please restore',
        plannedDecision: { dueAt: T0 + 3 * DAY, outcome: 'replace', note: 'Too late' },
      },
    ]);
    const closed = expire(planned);
    expect(closed.restoreRequests.at(-1)).toMatchObject({ outcome: 'expired', note: null });
    expect(closed.restoreRequests.at(-1)!.plannedDecision).toBeUndefined();
  });

  it('leaves an unpaid order whose window is still open restorable again', () => {
    // With a 48-hour answer-by no real window outlasts it; a request due sooner shows the rule.
    const request = requestedUnpaid.restoreRequests[0]!;
    const early: Order = {
      ...requestedUnpaid,
      restoreRequests: [{ ...request, answerBy: request.requestedAt + 5 * MINUTE }],
    };
    const at = request.requestedAt + 5 * MINUTE;
    expect(at).toBeLessThan(requestedUnpaid.cancellation!.restoreWindowEndsAt!);
    const closed = expire(early, at);
    expect(allowedEvents(closed, at)).toEqual(['requestRestore']);
    expect(canBuyAgain(closed, at)).toBe(false);
    const again = apply(closed, [
      [{ type: 'requestRestore', reason: 'still_want_item', message: 'Still want it' }, at + 1],
    ]);
    expect(again.status).toBe('restoration_requested');
    expect(again.restoreRequests.map((r) => [r.id, r.answerBy])).toEqual([
      ['1000000000000001-1', at],
      ['1000000000000001-2', at + 1 + 48 * HOUR],
    ]);
  });

  it('offers "Buy again" for an unpaid order whose window has closed meanwhile', () => {
    const closed = expire(requestedUnpaid);
    const at = answerByOf(requestedUnpaid);
    expect(allowedEvents(closed, at)).toEqual(['buyAgain']);
    expect(canBuyAgain(closed, at)).toBe(true);
    const again = transition(closed, EVENTS.requestRestore, at + MINUTE);
    expect(!again.ok && again.refusal.code).toBe('RESTORE_WINDOW_CLOSED');
  });

  it('leaves a paid order within refund-by restorable again, with a new answer-by', () => {
    const closed = expire(requestedPaid);
    const at = answerByOf(requestedPaid);
    expect(at).toBeLessThan(requestedPaid.refundBy!);
    expect(closed.refundBy).toBe(requestedPaid.refundBy);
    expect(closed.refundedAt).toBeNull();
    expect(allowedEvents(closed, at)).toEqual(['requestRestore']);
    expect(canBuyAgain(closed, at)).toBe(false);
    const again = apply(closed, [
      [{ type: 'requestRestore', reason: 'changed_mind', message: 'Asking again' }, at + HOUR],
    ]);
    expect(again.restoreRequests.at(-1)).toMatchObject({
      id: '1000000000000001-2',
      requestedAt: at + HOUR,
      answerBy: at + HOUR + 48 * HOUR,
      closedAt: null,
    });
    // After refund-by the expired order offers "Buy again" only.
    expect(allowedEvents(closed, requestedPaid.refundBy!)).toEqual(['buyAgain']);
  });

  it.each([
    ['withdrawn', [{ type: 'withdrawRequest' }], 'cancelled', 'requestedUnpaid'],
    ['declined', [{ type: 'decline', note: 'No' }], 'cancelled', 'requestedUnpaid'],
    ['accepted', [{ type: 'accept' }], 'unpaid', 'requestedUnpaid'],
    ['replaced', [{ type: 'acceptWithReplacement' }], 'paid', 'requestedPaid'],
    ['refunded', [{ type: 'acceptWithRefund' }], 'refunding', 'requestedPaid'],
    ['declined (paid)', [{ type: 'decline', note: 'No' }], 'cancelled', 'requestedPaid'],
  ] as const)('cannot expire a request once it is %s', (_what, events, status, state) => {
    const order = states[state];
    const answered = apply(order, events);
    expect(refusal(answered, answerByOf(order))).toEqual({
      code: 'INVALID_TRANSITION',
      message: `An order in status ${status} cannot be closed for want of an answer.`,
    });
    expect(refusal(answered, answerByOf(order) + DAY).code).toBe('INVALID_TRANSITION');
  });

  it('cannot expire a request twice, nor one already closed by the refund', () => {
    const closed = expire(requestedPaid);
    expect(refusal(closed, answerByOf(requestedPaid) + 1).code).toBe('INVALID_TRANSITION');
    const refunded = apply(requestedPaid, [[EVENTS.refundByPasses, requestedPaid.refundBy!]]);
    expect(refusal(refunded, requestedPaid.refundBy! + 1).message).toBe(
      'An order in status cancelled cannot be closed for want of an answer.',
    );
  });

  it('refuses a waiting order that has no open request (closed elsewhere)', () => {
    const request = requestedUnpaid.restoreRequests[0]!;
    const broken: Order = {
      ...requestedUnpaid,
      restoreRequests: [{ ...request, closedAt: request.requestedAt, outcome: 'withdrawn' }],
    };
    expect(refusal(broken, request.answerBy)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'An order in status restoration_requested cannot be closed for want of an answer.',
    });
  });

  it('closes only a waiting order, even one with a request left open', () => {
    const at = answerByOf(requestedUnpaid);
    for (const status of ['cancelled', 'unpaid', 'refunding'] as const) {
      expect(refusal({ ...requestedUnpaid, status }, at)).toEqual({
        code: 'INVALID_TRANSITION',
        message: `An order in status ${status} cannot be closed for want of an answer.`,
      });
    }
  });

  it('is refused when dated before the last event on the order', () => {
    const request = requestedUnpaid.restoreRequests[0]!;
    const early: Order = {
      ...requestedUnpaid,
      restoreRequests: [{ ...request, answerBy: request.requestedAt - HOUR }],
    };
    expect(refusal(early, request.requestedAt - 1).message).toBe(
      'This event is dated before the last event on the order.',
    );
  });
});

describe('the restore window', () => {
  const cancelled = states.cancelledUnpaid;
  const cancelledAt = cancelled.cancellation!.at;
  const request = (at: number) => transition(cancelled, EVENTS.requestRestore, at);

  it('is open until its last millisecond and closed from the next', () => {
    expect(cancelled.cancellation!.restoreWindowEndsAt).toBe(cancelledAt + RESTORE_WINDOW_MS);
    expect(request(cancelledAt + RESTORE_WINDOW_MS - 1).ok).toBe(true);
    const late = request(cancelledAt + RESTORE_WINDOW_MS);
    expect(!late.ok && late.refusal.code).toBe('RESTORE_WINDOW_CLOSED');
  });

  it('is 24 hours for an order cancelled during a sale event, fixed at cancellation', () => {
    const sale = { id: 'sale', name: 'Black Friday', startsAt: T0 - DAY, endsAt: T0 + HOUR };
    const order = apply(newOrder(), [[EVENTS.cancelByBuyer, T0 + 30 * MINUTE]], {
      saleEvents: [sale],
    });
    expect(order.cancellation).toMatchObject({
      restoreWindowEndsAt: T0 + 30 * MINUTE + SALE_RESTORE_WINDOW_MS,
      saleEventName: 'Black Friday',
    });
    // After the sale has ended the window stays as it was fixed.
    expect(transition(order, EVENTS.requestRestore, T0 + 20 * HOUR).ok).toBe(true);
    const afterSale = apply(newOrder(), [[EVENTS.cancelByBuyer, T0 + HOUR]], {
      saleEvents: [sale],
    });
    expect(afterSale.cancellation!.restoreWindowEndsAt).toBe(T0 + HOUR + RESTORE_WINDOW_MS);
  });

  it('keeps a request made in time valid after the window closes', () => {
    const requested = apply(cancelled, [
      [EVENTS.requestRestore, cancelledAt + RESTORE_WINDOW_MS - 1],
    ]);
    const accepted = transition(requested, EVENTS.accept, cancelledAt + 3 * HOUR);
    expect(accepted.ok && accepted.order.status).toBe('unpaid');
  });
});

describe('refund-by', () => {
  const cancelAt = (at: number) =>
    apply(apply(newOrder(at - HOUR), [[{ type: 'pay' }, at - 30 * MINUTE]]), [
      [EVENTS.cancelBySeller, at],
    ]);

  it.each([
    ['Friday', Date.UTC(2026, 10, 27, 9), Date.UTC(2026, 11, 11, 9)],
    ['Saturday', Date.UTC(2026, 10, 28, 9), Date.UTC(2026, 11, 11, 9)],
    [
      'Sunday, just before midnight',
      Date.UTC(2026, 10, 29, 23, 59),
      Date.UTC(2026, 11, 11, 23, 59),
    ],
    ['Monday, just after midnight', Date.UTC(2026, 10, 30, 0, 1), Date.UTC(2026, 11, 14, 0, 1)],
    ['across a month end', Date.UTC(2026, 0, 26, 12), Date.UTC(2026, 1, 9, 12)],
    ['across the year end', Date.UTC(2026, 11, 24, 12), Date.UTC(2027, 0, 7, 12)],
  ])('counts %s in business days', (_label, at, expected) => {
    const order = cancelAt(at);
    expect(order.refundBy).toBe(expected);
    expect(isWeekendUtc(order.refundBy!)).toBe(false);
    expect(REFUND_BUSINESS_DAYS).toBe(10);
  });

  it('allows restoring until its last millisecond', () => {
    const { cancelledPaid } = states;
    expect(transition(cancelledPaid, EVENTS.requestRestore, cancelledPaid.refundBy! - 1).ok).toBe(
      true,
    );
    const late = transition(cancelledPaid, EVENTS.requestRestore, cancelledPaid.refundBy!);
    expect(!late.ok && late.refusal.code).toBe('REFUND_COMPLETED');
  });
});

describe('allowedEvents', () => {
  it.each([
    ['unpaid', ['pay', 'cancel']],
    ['paid', ['cancel']],
    ['shipped', ['confirmReceipt']],
    ['finished', []],
    ['cancelledUnpaid', ['requestRestore']],
    ['cancelledPaid', ['requestRestore']],
    ['requestedUnpaid', ['withdrawRequest']],
    ['requestedPaid', ['withdrawRequest']],
    ['refunding', []],
  ] as const)('%s offers %j', (state, expected) => {
    const order = states[state];
    expect(allowedEvents(order, lastAt(order) + MINUTE)).toEqual(expected);
  });

  it('offers "Buy again" instead of restoring once the window has closed', () => {
    const { cancelledUnpaid } = states;
    const after = cancelledUnpaid.cancellation!.restoreWindowEndsAt!;
    expect(allowedEvents(cancelledUnpaid, after)).toEqual(['buyAgain']);
  });
});

describe("refusals, in words a developer can read (the problem answer's detail)", () => {
  const refusal = (order: Order, event: OrderEvent, now: number) => {
    const result = transition(order, event, now);
    if (result.ok) throw new Error(`${event.type} was accepted`);
    return result.refusal;
  };

  it.each([
    ['paid', 'pay', 'An order in status paid cannot be paid.'],
    ['unpaid', 'ship', 'An order in status unpaid cannot be shipped.'],
    ['shipped', 'cancelByBuyer', 'An order in status shipped cannot be cancelled.'],
    ['finished', 'requestRestore', 'An order in status finished cannot be restored.'],
    ['cancelledUnpaid', 'accept', 'An order in status cancelled cannot be restored.'],
    ['requestedUnpaid', 'pay', 'An order in status restoration_requested cannot be paid.'],
    [
      'refunding',
      'withdrawRequest',
      'An order in status refunding cannot be withdrawn from restoration.',
    ],
    ['paid', 'confirmReceipt', 'An order in status paid cannot be confirmed as received.'],
    ['unpaid', 'refundByPasses', 'An order in status unpaid cannot be refunded.'],
    [
      'cancelledPaid',
      'answerByPasses',
      'An order in status cancelled cannot be closed for want of an answer.',
    ],
  ] as const)('%s + %s: "%s"', (state, eventName, message) => {
    const order = states[state];
    expect(refusal(order, EVENTS[eventName], momentFor(order, EVENTS[eventName]))).toEqual({
      code: 'INVALID_TRANSITION',
      message,
    });
  });

  it('explains a late payment, and a deadline that has not passed yet', () => {
    const { unpaid, paid, shipped } = states;
    expect(refusal(unpaid, EVENTS.pay, unpaid.payBy!)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'The time to pay for this order has run out.',
    });
    expect(refusal(unpaid, EVENTS.payByPasses, unpaid.payBy! - 1).message).toBe(
      'The time to pay has not run out yet.',
    );
    expect(refusal(paid, EVENTS.shipByPasses, paid.shipBy! - 1).message).toBe(
      'The time to ship has not run out yet.',
    );
    expect(refusal(paid, EVENTS.ship, paid.shipBy!).message).toBe(
      'The time to ship this order has run out.',
    );
    expect(refusal(shipped, EVENTS.autoComplete, shipped.completesAt! - 1).message).toBe(
      'The order is not due to complete yet.',
    );
    expect(
      refusal(states.cancelledPaid, EVENTS.refundByPasses, lastAt(states.cancelledPaid) + 1),
    ).toEqual({ code: 'INVALID_TRANSITION', message: 'The refund is not due yet.' });
  });

  it('explains why a restore request cannot be sent', () => {
    const { requestedUnpaid, cancelledUnpaid, cancelledPaid } = states;
    expect(refusal(requestedUnpaid, EVENTS.requestRestore, lastAt(requestedUnpaid) + 1)).toEqual({
      code: 'ALREADY_REQUESTED',
      message:
        'You have already asked the seller to restore this order. Wait for their answer or withdraw the request.',
    });
    const windowEnd = cancelledUnpaid.cancellation!.restoreWindowEndsAt!;
    expect(refusal(cancelledUnpaid, EVENTS.requestRestore, windowEnd)).toEqual({
      code: 'RESTORE_WINDOW_CLOSED',
      message: 'The time to restore this unpaid order has run out. You can buy the items again.',
    });
    expect(refusal(cancelledPaid, EVENTS.requestRestore, cancelledPaid.refundBy!)).toEqual({
      code: 'REFUND_COMPLETED',
      message:
        'The refund for this order has been completed, so it can no longer be restored. You can buy the items again.',
    });
  });

  it('offers only the reasons meant for the kind of order', () => {
    const unpaidReason = {
      type: 'requestRestore',
      reason: 'payment_resolved',
      message: 'Please restore it',
    } as const;
    const paidReason = { ...unpaidReason, reason: 'changed_mind' } as const;
    expect(refusal(states.cancelledUnpaid, paidReason, lastAt(states.cancelledUnpaid) + 1)).toEqual(
      {
        code: 'INVALID_TRANSITION',
        message: 'That reason is not one offered for unpaid orders.',
      },
    );
    expect(refusal(states.cancelledPaid, unpaidReason, lastAt(states.cancelledPaid) + 1)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'That reason is not one offered for paid orders.',
    });
  });

  it('tells the seller how each kind of order is restored', () => {
    const { requestedUnpaid, requestedPaid } = states;
    expect(refusal(requestedPaid, EVENTS.accept, lastAt(requestedPaid) + 1).message).toBe(
      'A paid order is restored with a replacement or a refund.',
    );
    for (const event of [EVENTS.acceptWithReplacement, EVENTS.acceptWithRefund]) {
      expect(refusal(requestedUnpaid, event, lastAt(requestedUnpaid) + 1).message).toBe(
        'An unpaid order is restored as it was, to be paid again.',
      );
    }
  });

  it('lets the seller restore a paid order only before refund-by', () => {
    const { requestedPaid } = states;
    const refundBy = requestedPaid.refundBy!;
    for (const event of [EVENTS.acceptWithReplacement, EVENTS.acceptWithRefund]) {
      expect(transition(requestedPaid, event, refundBy - 1).ok).toBe(true);
      expect(refusal(requestedPaid, event, refundBy)).toEqual({
        code: 'REFUND_COMPLETED',
        message: 'The refund for this order has already been completed.',
      });
    }
  });

  it('lands a refund only once', () => {
    const { cancelledPaid } = states;
    const refunded = apply(cancelledPaid, [[EVENTS.refundByPasses, cancelledPaid.refundBy!]]);
    expect(refusal(refunded, EVENTS.refundByPasses, cancelledPaid.refundBy! + DAY)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'An order in status cancelled cannot be refunded.',
    });
  });

  it('refuses an event dated before the last one, however long the timeline', () => {
    const { shipped } = states;
    // The timeline: placed at T0, paid at T0 + 1 min, shipped at T0 + 2 min.
    expect(refusal(shipped, EVENTS.confirmReceipt, T0 + 90_000)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'This event is dated before the last event on the order.',
    });
    expect(transition(shipped, EVENTS.confirmReceipt, T0 + 2 * MINUTE).ok).toBe(true);
  });

  it('throws on an event it does not know, rather than ignoring it', () => {
    const unknown = { type: 'teleport' } as unknown as OrderEvent;
    expect(() => transition(states.paid, unknown, lastAt(states.paid) + 1)).toThrow(
      new TypeError('Unknown event {"type":"teleport"}'),
    );
  });
});
