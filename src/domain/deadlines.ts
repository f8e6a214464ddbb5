import type { Order } from './order';
import { isPaid } from './order';

/** The deadlines a buyer can see on an order, whichever apply to its status. */
export function visibleDeadlines(order: Order): number[] {
  switch (order.status) {
    case 'unpaid':
      return order.payBy === null ? [] : [order.payBy];
    case 'paid':
      return order.shipBy === null ? [] : [order.shipBy];
    case 'shipped':
      return order.completesAt === null ? [] : [order.completesAt];
    case 'refunding':
      return order.refundBy === null ? [] : [order.refundBy];
    case 'cancelled':
    case 'restoration_requested':
      if (isPaid(order))
        return order.refundBy === null || order.refundedAt !== null ? [] : [order.refundBy];
      return typeof order.cancellation?.restoreWindowEndsAt === 'number'
        ? [order.cancellation.restoreWindowEndsAt]
        : [];
    case 'finished':
      return [];
  }
}

/** The next moment after `now` at which one of these orders changes by itself. */
export function nextDeadline(orders: readonly Order[], now: number): number | undefined {
  let next: number | undefined;
  for (const order of orders) {
    for (const at of visibleDeadlines(order)) {
      if (at > now && (next === undefined || at < next)) next = at;
    }
  }
  return next;
}

/** True when the active view shows this order: it lives in My Orders (under `tab`, if given). */
export function isActiveStatus(order: Order): boolean {
  return order.status !== 'cancelled' && order.status !== 'restoration_requested';
}
