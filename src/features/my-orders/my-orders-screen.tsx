import { useInfiniteQuery } from '@tanstack/react-query';
import { orderQueries } from '../../api/order-queries';
import type { OrderDto } from '../../api/contract';
import { MoneyText } from '../../ui/money-text';
import { StatusBadge } from '../../ui/status-badge';

export function MyOrdersScreen() {
  const query = useInfiniteQuery(orderQueries.list({ view: 'active' }));
  const orders = query.data?.pages.flatMap((page) => page.orders) ?? [];

  return (
    <section aria-labelledby="my-orders-title">
      <title>My Orders · Order Restore</title>
      <h1 id="my-orders-title">My Orders</h1>
      {query.isPending ? (
        <p role="status">Loading your orders…</p>
      ) : query.isError ? (
        <div role="alert" className="error-state">
          <p>Your orders could not be loaded. {query.error.message}</p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      ) : orders.length === 0 ? (
        <p>You have no orders yet.</p>
      ) : (
        <ul className="order-list" aria-label="Orders">
          {orders.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderCard({ order }: { order: OrderDto }) {
  const headingId = `order-${order.id}-heading`;
  return (
    <article className="order-card" aria-labelledby={headingId}>
      <header className="order-card__header">
        <h2 id={headingId} className="order-card__title">
          Order {order.id}
        </h2>
        <StatusBadge status={order.status} />
      </header>
      <ul className="order-card__items">
        {order.items.map((item, index) => (
          <li key={index} className="order-item">
            <img src={item.image} alt="" width={56} height={56} className="order-item__image" />
            <span className="order-item__title">{item.title}</span>
            <span className="order-item__meta">
              {item.variant} · × {item.quantity}
            </span>
          </li>
        ))}
      </ul>
      <p className="order-card__total">
        Total <MoneyText value={order.total} />
      </p>
      <p className="order-card__seller">
        {order.seller.name} · {order.seller.rating.toFixed(1)} ★
      </p>
    </article>
  );
}
