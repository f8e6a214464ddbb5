import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { memo } from 'react';
import { Link } from 'wouter';
import type { Order } from '../../domain/order';
import { cancellationReason } from '../../domain/placement';
import { cancellationText } from '../../i18n/words/order-words';
import { formatDateTime } from '../../i18n/format';
import { MoneyText } from '../../ui/money-text';
import { OrderItems } from '../../ui/order-items';
import { SellerSummary } from '../../ui/seller-summary';
import { StatusBadge } from '../../ui/status-badge';
import { RestoreSection, type CardActions } from './restore-section';

export const DeletedOrderCard = memo(function DeletedOrderCard({
  order,
  selected,
  onToggle,
  actions,
}: {
  order: Order;
  selected: boolean;
  onToggle: (id: string) => void;
  actions: CardActions;
}) {
  const headingId = `order-${order.id}-title`;
  const orderNumber = order.id;
  const cancellation = order.cancellation;
  const reason = cancellation ? cancellationReason(cancellation) : null;
  return (
    <article
      className={`order-card order-card--deleted ${selected ? 'order-card--selected' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="order-card__header">
        <div className="order-card__heading">
          <input
            type="checkbox"
            className="order-card__check"
            checked={selected}
            onChange={() => onToggle(order.id)}
            aria-label={t`Select order ${orderNumber}`}
          />
          <h2 id={headingId} className="order-card__title">
            {t`Order ${orderNumber}`}
          </h2>
        </div>
        <StatusBadge status={order.status} />
      </header>
      {cancellation && (
        <p className="order-card__cause">
          <strong>{cancellationText(cancellation)}</strong>
          {reason && (
            <span className="order-card__reason">
              {' · '}
              <bdi>{reason}</bdi>
            </span>
          )}
          <span className="order-card__when"> · {formatDateTime(cancellation.at)}</span>
        </p>
      )}
      <OrderItems items={order.items} />
      <div className="order-card__summary">
        <p className="order-card__total">
          <Trans>
            Total <MoneyText value={order.total} />
          </Trans>
        </p>
        <SellerSummary seller={order.seller} />
      </div>
      <RestoreSection order={order} actions={actions}>
        <Link to={`/orders/${order.id}`} className="order-card__details">
          {t`View details`}
        </Link>
      </RestoreSection>
    </article>
  );
});
