import { memo } from 'react';
import type { LineItem } from '../domain/order';
import { formatCount, formatMoney } from '../i18n/format';

export const OrderItems = memo(function OrderItems({ items }: { items: readonly LineItem[] }) {
  return (
    <ul className="order-items">
      {items.map((item, index) => (
        <li key={index} className="order-item">
          <img
            src={item.image}
            alt=""
            width={56}
            height={56}
            className="order-item__image"
            loading="lazy"
            decoding="async"
          />
          <span className="order-item__title">
            <bdi>{item.title}</bdi>
          </span>
          <span className="order-item__meta">
            <bdi>{item.variant}</bdi> · <bdi>{formatCount(item.quantity)}</bdi> ×{' '}
            <bdi>{formatMoney(item.unitPrice)}</bdi>
          </span>
        </li>
      ))}
    </ul>
  );
});
