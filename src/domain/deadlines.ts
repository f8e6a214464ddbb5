import type { Order } from './order';
import { isPaid, pendingRequest } from './order';

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
    case 'restoration_requested': {
      // The seller's answer-by closes the request (product.md §11), unless a paid order's
      // refund-by comes first; an unpaid order's window no longer matters while it waits.
      const answerBy = pendingRequest(order)?.answerBy ?? null;
      const refundBy = isPaid(order) && order.refundedAt === null ? order.refundBy : null;
      if (answerBy === null || refundBy === null) return answerBy ?? refundBy;
      return Math.min(answerBy, refundBy);
    }
    case 'cancelled':
      return ownDeadline(order);
    case 'finished':
      return null;
  }
}

/** A cancelled order's own deadline: refund-by once paid, else the end of its restore window. */
function ownDeadline(order: Order): number | null {
  if (isPaid(order)) return order.refundedAt === null ? order.refundBy : null;
  return order.cancellation?.restoreWindowEndsAt ?? null;
}
