import type { Order, RestoreOutcome } from './order';
import type { OrderStatus } from './status';

const AFTER_ACCEPT: Partial<Record<RestoreOutcome, OrderStatus>> = {
  accepted: 'unpaid',
  accepted_replacement: 'paid',
  accepted_refund: 'refunding',
};

/** The statuses an order has been through, in order, read from its timeline (for the step indicator). */
export function statusPath(order: Order): OrderStatus[] {
  const path: OrderStatus[] = [];
  const accepted = order.restoreRequests.filter(
    (request) => request.outcome !== null && request.outcome in AFTER_ACCEPT,
  );
  let acceptedSeen = 0;
  const push = (status: OrderStatus) => {
    if (path.at(-1) !== status) path.push(status);
  };
  for (const event of order.timeline) {
    switch (event.kind) {
      case 'placed':
        push('unpaid');
        break;
      case 'paid':
        push('paid');
        break;
      case 'shipped':
        push('shipped');
        break;
      case 'received':
      case 'completed':
        push('finished');
        break;
      case 'cancelled':
      case 'restore_withdrawn':
      case 'restore_declined':
      case 'restore_closed':
        push('cancelled');
        break;
      case 'restore_requested':
        push('restoration_requested');
        break;
      case 'restore_accepted': {
        const outcome = accepted[acceptedSeen]?.outcome;
        acceptedSeen += 1;
        const next = outcome ? AFTER_ACCEPT[outcome] : undefined;
        if (next) push(next);
        break;
      }
      case 'refund_landed':
        if (path.at(-1) === 'refunding') push('finished');
        break;
      case 'refund_scheduled':
        break;
    }
  }
  if (path.at(-1) !== order.status) push(order.status);
  return path;
}
