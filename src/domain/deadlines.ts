import type { Order } from './order';
import { isPaid } from './order';

/** The next moment after `now` at which one of these orders changes by itself. */
export function nextDeadline(orders: readonly Order[], now: number): number | undefined {
  let next: number | undefined;
  // Runs over every loaded order (10,000 in a long list), so it allocates nothing per order.
  for (const order of orders) {
    const at = visibleDeadline(order);
    if (at !== null && at > now && (next === undefined || at < next)) next = at;
  }
  return next;
}

/** The one deadline a buyer can see on an order, if any. */
export function visibleDeadline(order: Order): number | null {
  switch (order.status) {
    case 'unpaid':
      return order.payBy;
    case 'paid':
      return order.shipBy;
    case 'shipped':
      return order.completesAt;
    case 'refunding':
      return order.refundBy;
    case 'cancelled':
    case 'restoration_requested':
      if (isPaid(order)) return order.refundedAt === null ? order.refundBy : null;
      return order.cancellation?.restoreWindowEndsAt ?? null;
    case 'finished':
      return null;
  }
}
