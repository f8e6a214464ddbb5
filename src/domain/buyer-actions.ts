/**
 * What a buyer may do with an order now, as the UI offers it: each action is probed through the
 * status machine, so the buttons shown and the backend's answers can never disagree.
 */
import { transition, type OrderEvent } from './machine';
import { isPaid, type Order } from './order';
import { restoreRefusalFor } from './restore-rules';

/** What a buyer can do with an order, as the UI offers it. */
export type BuyerAction =
  'pay' | 'cancel' | 'confirmReceipt' | 'requestRestore' | 'withdrawRequest' | 'buyAgain';

const PROBES: ReadonlyArray<[BuyerAction, (order: Order) => OrderEvent]> = [
  ['pay', () => ({ type: 'pay' })],
  ['cancel', () => ({ type: 'cancel', by: 'buyer', reason: 'probe' })],
  ['confirmReceipt', () => ({ type: 'confirmReceipt' })],
  [
    'requestRestore',
    (order) => ({
      type: 'requestRestore',
      reason: isPaid(order) ? 'product_issue' : 'payment_resolved',
      message: 'probe message',
    }),
  ],
  ['withdrawRequest', () => ({ type: 'withdrawRequest' })],
];

/** "Buy again" is offered after a decline or once restoring is over. */
export function canBuyAgain(order: Order, now: number): boolean {
  if (order.status !== 'cancelled') return false;
  const refusal = restoreRefusalFor(order, now);
  if (refusal === 'RESTORE_WINDOW_CLOSED' || refusal === 'REFUND_COMPLETED') return true;
  return order.restoreRequests.at(-1)?.outcome === 'declined';
}

/** The buyer's actions the machine allows on this order now. */
export function allowedEvents(order: Order, now: number): BuyerAction[] {
  const allowed: BuyerAction[] = [];
  for (const [action, probe] of PROBES) {
    if (transition(order, probe(order), now).ok) allowed.push(action);
  }
  if (canBuyAgain(order, now)) allowed.push('buyAgain');
  return allowed;
}
