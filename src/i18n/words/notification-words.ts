/**
 * What each notification says (product.md §12), written from its kind and facts in the buyer's
 * language. The seller's note is shown as written.
 */
import { t } from '@lingui/core/macro';
import type { BuyerNotification } from '../../domain/notifications';
import { formatDate, formatDateTime, formatMoney } from '../format';

export function notificationText(
  notification: Pick<BuyerNotification, 'kind' | 'orderId' | 'note' | 'amount' | 'until'>,
): string {
  const orderNumber = notification.orderId;
  const until = notification.until;
  const amount = notification.amount ? formatMoney(notification.amount) : '';
  switch (notification.kind) {
    case 'seller_accepted': {
      if (until === null) return t`Order ${orderNumber} restored by the seller`;
      const payBy = formatDateTime(until);
      return t`Order ${orderNumber} restored — pay by ${payBy}`;
    }
    case 'seller_replaced': {
      if (until === null) return t`Order ${orderNumber} restored — the seller will ship it soon`;
      const shipBy = formatDate(until);
      return t`Order ${orderNumber} restored — the seller will ship it by ${shipBy}`;
    }
    case 'seller_refunded': {
      if (until === null) {
        return t`Order ${orderNumber}: the seller accepted with a refund of ${amount}`;
      }
      const refundBy = formatDate(until);
      return t`Order ${orderNumber}: the seller accepted with a refund of ${amount} by ${refundBy}`;
    }
    case 'seller_declined': {
      // What the seller wrote, as written.
      const sellerNote = notification.note?.trim() || t`no reason given`;
      return t`Seller declined to restore order ${orderNumber}: ${sellerNote}`;
    }
    case 'request_expired':
      return t`Order ${orderNumber}: the seller did not answer in time, so the request was closed`;
    case 'refund_landed':
      return t`Order ${orderNumber}: your refund of ${amount} has landed`;
    case 'auto_cancelled':
      return t`Order ${orderNumber} was cancelled automatically`;
    case 'window_closing': {
      if (until === null) return t`Order ${orderNumber} can be restored for a few more minutes`;
      const closesAt = formatDateTime(until);
      return t`Order ${orderNumber} can be restored until ${closesAt}`;
    }
  }
}
