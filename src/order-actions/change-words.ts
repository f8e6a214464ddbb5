/**
 * What the buyer's changes are called, and the sentences about them: on their way, queued,
 * done or refused. The buttons, the cards and the notices for changes resumed after a reload all
 * say it the same way.
 */
import type { PendingChange } from '../api/outbox-entries';
import type { Order } from '../domain/order';

type ChangeKind = PendingChange['kind'];

/** The change as a thing: "your payment", "your restore request". */
const CHANGE_NOUN: Readonly<Record<ChangeKind, string>> = {
  pay: 'payment',
  confirmReceipt: 'receipt confirmation',
  cancel: 'cancellation',
  withdraw: 'withdrawal of your request',
  buyAgain: 'new order',
  restore: 'restore request',
};

/** "Sending your payment…" / "Your payment is queued: …". */
export function pendingChangeText(pending: Pick<PendingChange, 'kind' | 'state'>): string {
  const noun = CHANGE_NOUN[pending.kind];
  return pending.state === 'sending'
    ? `Sending your ${noun}…`
    : `Your ${noun} is queued: there was no answer from the server yet. It will be sent again automatically.`;
}

/** The first words of a refusal notice: "Order 8… was not paid". */
export function changeFailedText(kind: ChangeKind, orderId: string, reason: string): string {
  switch (kind) {
    case 'pay':
      return `Order ${orderId} was not paid: ${reason}`;
    case 'confirmReceipt':
      return `Receipt of order ${orderId} was not confirmed: ${reason}`;
    case 'cancel':
      return `Order ${orderId} was not cancelled: ${reason}`;
    case 'withdraw':
      return `The request for order ${orderId} was not withdrawn: ${reason}`;
    case 'buyAgain':
      return `Order ${orderId} could not be bought again: ${reason}`;
    case 'restore':
      return `The restore request for order ${orderId} was not sent: ${reason}`;
  }
}

/** A change sent before a reload, now answered. */
export function changeDoneText(
  kind: Exclude<ChangeKind, 'restore'>,
  order: Order,
  source: string,
): string {
  switch (kind) {
    case 'pay':
      return `Order ${order.id} is paid.`;
    case 'confirmReceipt':
      return `Order ${order.id}: receipt confirmed.`;
    case 'cancel':
      return `Order ${order.id} cancelled. You can find it in Deleted Orders.`;
    case 'withdraw':
      return `Request for order ${order.id} withdrawn.`;
    case 'buyAgain':
      return `Order ${source} bought again: your new order is ${order.id}.`;
  }
}
