/**
 * The record's own sentences, written from each entry's facts in the buyer's language (the
 * backend sends kinds and facts, product.md §10). What people wrote (`message`) is quoted as
 * written, beside the sentence, never inside it.
 */
import { plural, t } from '@lingui/core/macro';
import type { Order, TimelineEvent } from '../../domain/order';
import { AUTO_COMPLETE_MS } from '../../domain/restore-rules';
import { DAY } from '../../domain/time';
import { formatDate, formatDateTime, formatMoney } from '../format';
import { cancellationText, expiredText } from './order-words';
import { reasonLabel } from './reason-words';

export function timelineText(event: TimelineEvent, order: Pick<Order, 'sourceOrderId'>): string {
  const amount = event.amount ? formatMoney(event.amount) : '';
  switch (event.kind) {
    case 'placed': {
      const source = order.sourceOrderId;
      return source
        ? t`You bought the items again (from order ${source})`
        : t`You placed the order`;
    }
    case 'paid':
      return t`You paid ${amount}`;
    case 'cancelled':
      if (event.actor === 'platform') {
        return cancellationText({ by: 'platform', reason: event.cause ?? 'payment_not_received' });
      }
      return cancellationText({ by: event.actor, reason: event.message ?? '' });
    case 'shipped':
      return t`The seller shipped your order`;
    case 'received':
      return t`You confirmed you received the order`;
    case 'completed': {
      const days = AUTO_COMPLETE_MS / DAY;
      return plural(days, {
        one: 'Completed automatically # day after shipping',
        other: 'Completed automatically # days after shipping',
      });
    }
    case 'refund_scheduled': {
      const date = event.until === null ? '' : formatDate(event.until);
      return t`Refund of ${amount} on its way, by ${date}`;
    }
    case 'restore_requested': {
      const reason = event.reason === null ? '' : reasonLabel(event.reason);
      return t`You asked the seller to restore this order: ${reason}`;
    }
    case 'restore_withdrawn':
      return t`You withdrew your restore request`;
    case 'restore_accepted':
      return acceptedText(event, amount);
    case 'restore_declined':
      return t`The seller declined to restore the order`;
    case 'restore_closed':
      return event.outcome === 'expired'
        ? expiredText()
        : t`Request closed: Refund completed before the seller answered`;
    case 'refund_landed':
      return event.outcome === 'refund_completed'
        ? t`Refund of ${amount} completed; the order can no longer be restored`
        : t`Refund of ${amount} completed`;
    default: {
      const unknown: never = event.kind;
      throw new TypeError(`Unknown timeline entry ${String(unknown)}`);
    }
  }
}

function acceptedText(event: TimelineEvent, amount: string): string {
  const until = event.until;
  switch (event.outcome) {
    case 'accepted_replacement': {
      const date = until === null ? '' : formatDate(until);
      return t`The seller restored your order and will send it. Ships by ${date}`;
    }
    case 'accepted_refund': {
      const date = until === null ? '' : formatDate(until);
      return t`The seller accepted your request with a refund of ${amount} by ${date}`;
    }
    default: {
      const moment = until === null ? '' : formatDateTime(until);
      return t`The seller restored your order. Pay by ${moment}`;
    }
  }
}

/** Who did it, for the record's lines and its CSV. */
export function actorWords(actor: TimelineEvent['actor']): string {
  switch (actor) {
    case 'buyer':
      return t`You`;
    case 'seller':
      return t`The seller`;
    case 'platform':
      return t`The platform`;
  }
}
