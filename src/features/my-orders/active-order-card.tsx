import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { memo } from 'react';
import { Link } from 'wouter';
import { discardChange } from '../../api/discard-change';
import { usePendingChange } from '../../api/use-pending-change';
import { allowedEvents } from '../../domain/buyer-actions';
import type { Order } from '../../domain/order';
import { formatDateTime } from '../../i18n/format';
import { Button } from '../../ui/button';
import { Countdown } from '../../ui/countdown';
import {
  finishedText,
  placedText,
  refundText,
  shippedText,
  shipByText,
} from '../../ui/order-line-words';
import { MoneyText } from '../../ui/money-text';
import { ConfirmReceiptButton, PayButton } from '../../order-actions/order-action-buttons';
import { OrderItems } from '../../ui/order-items';
import { PendingChangeLine } from '../../order-actions/pending-change-line';
import { SellerSummary } from '../../ui/seller-summary';
import { StatusBadge } from '../../ui/status-badge';

function DeadlineLine({ order }: { order: Order }) {
  switch (order.status) {
    case 'unpaid': {
      if (order.payBy === null) return null;
      const payBy = order.payBy;
      const payByDate = formatDateTime(payBy);
      return (
        <p className="order-card__deadline order-card__deadline--urgent">
          <Trans>
            Pay within <Countdown endsAt={payBy} /> · by {payByDate}
          </Trans>
        </p>
      );
    }
    case 'paid':
      return order.shipBy === null ? null : (
        <p className="order-card__deadline">{shipByText(order.shipBy)}</p>
      );
    case 'shipped':
      return (
        <p className="order-card__deadline">{shippedText(order.shippedAt, order.completesAt)}</p>
      );
    case 'refunding':
      return order.refundBy === null ? null : (
        <p className="order-card__deadline">{refundText(order.total, order.refundBy)}</p>
      );
    case 'finished':
      return order.finishedAt === null ? null : (
        <p className="order-card__deadline">{finishedText(order.finishedAt)}</p>
      );
    default:
      return null;
  }
}

function RestoredLine({ order }: { order: Order }) {
  const last = order.restoreRequests.at(-1);
  if (!last || last.closedAt === null) return null;
  if (
    last.outcome !== 'accepted' &&
    last.outcome !== 'accepted_replacement' &&
    last.outcome !== 'accepted_refund'
  ) {
    return null;
  }
  const restoredDate = formatDateTime(last.closedAt);
  return <p className="order-card__restored">{t`Restored by the seller on ${restoredDate}`}</p>;
}

export const ActiveOrderCard = memo(function ActiveOrderCard({
  order,
  onCancel,
}: {
  order: Order;
  onCancel: (order: Order) => void;
}) {
  // Which actions the status machine allows is decided when the card renders; a deadline that
  // passes meanwhile refetches the list, and the server refuses anything stale with a reason.
  const pending = usePendingChange(order.id);
  // While a change to this order is on its way, it offers nothing else.
  // eslint-disable-next-line react-hooks/purity
  const actions = pending ? [] : allowedEvents(order, Date.now());
  const headingId = `order-${order.id}-title`;
  const orderNumber = order.id;

  return (
    <article className="order-card" aria-labelledby={headingId}>
      <header className="order-card__header">
        <h2 id={headingId} className="order-card__title">
          {t`Order ${orderNumber}`}
        </h2>
        <StatusBadge status={order.status} />
      </header>
      <p className="order-card__placed">{placedText(order.placedAt)}</p>
      <OrderItems items={order.items} />
      <div className="order-card__summary">
        <p className="order-card__total">
          <Trans>
            Total <MoneyText value={order.total} />
          </Trans>
        </p>
        <SellerSummary seller={order.seller} compact />
      </div>
      <DeadlineLine order={order} />
      <RestoredLine order={order} />
      {pending && (
        <PendingChangeLine pending={pending} onDiscard={() => discardChange(pending.entryId)} />
      )}
      <div className="order-card__actions">
        {actions.includes('pay') && <PayButton order={order} />}
        {actions.includes('confirmReceipt') && <ConfirmReceiptButton order={order} />}
        {actions.includes('cancel') && (
          <Button onClick={() => onCancel(order)}>{t`Cancel order`}</Button>
        )}
        <Link to={`/orders/${order.id}`} className="order-card__details">
          {t`View details`}
        </Link>
      </div>
    </article>
  );
});
