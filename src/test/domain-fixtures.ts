import { utc } from '@date-fns/utc';
import { isWeekend } from 'date-fns';
import { buyerId, orderId, sellerId } from '../domain/ids';
import { transition, type OrderEvent, type TransitionContext } from '../domain/machine';
import type { Order, Seller } from '../domain/order';
import { placeOrder } from '../domain/place-order';
import { MINUTE } from '../domain/time';

/** Saturday or Sunday in UTC: the oracle for the business-day rules. */
export function isWeekendUtc(at: number): boolean {
  return isWeekend(at, { in: utc });
}

/** Wednesday 25 November 2026, 10:00 UTC. */
export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

export const SELLER: Seller = {
  id: sellerId('seller-test'),
  name: 'Test Store',
  rating: 4.7,
  positiveFeedbackPercent: 97,
  ratingsCount: 1200,
  typicalResponseMinutes: 30,
};

export function newOrder(placedAt = T0, id = '1000000000000001'): Order {
  return placeOrder({
    id: orderId(id),
    buyerId: buyerId('buyer-demo'),
    items: [
      {
        title: 'Lamp',
        variant: 'White',
        quantity: 2,
        unitPrice: { amountMinor: 1250, currency: 'USD' },
        image: '/images/products/lamp.svg',
      },
    ],
    seller: SELLER,
    placedAt,
    plan: { shipDelayMs: null },
  });
}

/** Applies events one minute apart (or at the given times) and fails loudly on a refusal. */
export function apply(
  order: Order,
  steps: ReadonlyArray<OrderEvent | [OrderEvent, number]>,
  context?: TransitionContext,
): Order {
  let current = order;
  let now = current.timeline.at(-1)!.at;
  for (const step of steps) {
    const [event, at] = Array.isArray(step) ? step : [step, now + MINUTE];
    now = at;
    const result = transition(current, event, now, context);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.refusal.message}`);
    current = result.order;
  }
  return current;
}

export const lastAt = (order: Order): number => order.timeline.at(-1)!.at;

/** One order in each place of the machine, all built through the machine itself. */
export function ordersByState() {
  const unpaid = newOrder();
  const paid = apply(unpaid, [{ type: 'pay' }]);
  const shipped = apply(paid, [{ type: 'ship' }]);
  const finished = apply(shipped, [{ type: 'confirmReceipt' }]);
  const cancelledUnpaid = apply(unpaid, [
    { type: 'cancel', by: 'buyer', reason: 'Ordered by mistake' },
  ]);
  const cancelledPaid = apply(paid, [{ type: 'cancel', by: 'seller', reason: 'Out of stock' }]);
  const requestedUnpaid = apply(cancelledUnpaid, [
    {
      type: 'requestRestore',
      reason: 'cancelled_by_mistake',
      message: 'Please restore it, thanks',
    },
  ]);
  const requestedPaid = apply(cancelledPaid, [
    { type: 'requestRestore', reason: 'want_replacement', message: 'Please send it after all' },
  ]);
  const refunding = apply(requestedPaid, [{ type: 'acceptWithRefund' }]);
  return {
    unpaid,
    paid,
    shipped,
    finished,
    cancelledUnpaid,
    cancelledPaid,
    requestedUnpaid,
    requestedPaid,
    refunding,
  };
}
