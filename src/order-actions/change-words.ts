/**
 * What the buyer's changes are called, and the sentences about them: on their way, queued,
 * done or refused. The buttons, the cards and the notices for changes resumed after a reload all
 * say it the same way.
 */
import { t } from '@lingui/core/macro';
import type { PendingChange } from '../api/outbox-entries';
import type { Order } from '../domain/order';

type ChangeKind = PendingChange['kind'];

/** "Sending your payment…" / "Your payment is queued: …": each change in its own sentence. */
export function pendingChangeText(pending: Pick<PendingChange, 'kind' | 'state'>): string {
  return pending.state === 'sending' ? sendingText(pending.kind) : queuedText(pending.kind);
}

function sendingText(kind: ChangeKind): string {
  switch (kind) {
    case 'pay':
      return t`Sending your payment…`;
    case 'confirmReceipt':
      return t`Sending your receipt confirmation…`;
    case 'cancel':
      return t`Sending your cancellation…`;
    case 'withdraw':
      return t`Sending your withdrawal of your request…`;
    case 'buyAgain':
      return t`Sending your new order…`;
    case 'restore':
      return t`Sending your restore request…`;
  }
}

function queuedText(kind: ChangeKind): string {
  switch (kind) {
    case 'pay':
      return t`Your payment is queued: there was no answer from the server yet. It will be sent again automatically.`;
    case 'confirmReceipt':
      return t`Your receipt confirmation is queued: there was no answer from the server yet. It will be sent again automatically.`;
    case 'cancel':
      return t`Your cancellation is queued: there was no answer from the server yet. It will be sent again automatically.`;
    case 'withdraw':
      return t`Your withdrawal of your request is queued: there was no answer from the server yet. It will be sent again automatically.`;
    case 'buyAgain':
      return t`Your new order is queued: there was no answer from the server yet. It will be sent again automatically.`;
    case 'restore':
      return t`Your restore request is queued: there was no answer from the server yet. It will be sent again automatically.`;
  }
}

/** The first words of a refusal notice: "Order 8… was not paid", then why. */
export function changeFailedText(kind: ChangeKind, orderId: string, reason: string): string {
  const orderNumber = orderId;
  switch (kind) {
    case 'pay':
      return t`Order ${orderNumber} was not paid: ${reason}`;
    case 'confirmReceipt':
      return t`Receipt of order ${orderNumber} was not confirmed: ${reason}`;
    case 'cancel':
      return t`Order ${orderNumber} was not cancelled: ${reason}`;
    case 'withdraw':
      return t`The request for order ${orderNumber} was not withdrawn: ${reason}`;
    case 'buyAgain':
      return t`Order ${orderNumber} could not be bought again: ${reason}`;
    case 'restore':
      return t`The restore request for order ${orderNumber} was not sent: ${reason}`;
  }
}

/** A change sent before a reload, now answered. */
export function changeDoneText(
  kind: Exclude<ChangeKind, 'restore'>,
  order: Order,
  source: string,
): string {
  const orderNumber = order.id;
  switch (kind) {
    case 'pay':
      return t`Order ${orderNumber} is paid.`;
    case 'confirmReceipt':
      return t`Order ${orderNumber}: receipt confirmed.`;
    case 'cancel':
      return t`Order ${orderNumber} cancelled. You can find it in Deleted Orders.`;
    case 'withdraw':
      return t`Request for order ${orderNumber} withdrawn.`;
    case 'buyAgain': {
      const sourceNumber = source;
      return t`Order ${sourceNumber} bought again: your new order is ${orderNumber}.`;
    }
  }
}
