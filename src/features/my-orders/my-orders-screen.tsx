import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import type { Order } from '../../domain/order';
import { ACTIVE_TABS, matchesTab, TAB_LABELS, type ActiveTab } from '../../domain/placement';
import { errorMessage } from '../../order-actions/error-message';
import { ListBody, ListScreenHead, ListTotal } from '../../ui/list-screen';
import { ListTabs } from '../../ui/list-tabs';
import { LoadMore } from '../../ui/load-more';
import { useListParams } from '../../ui/use-list-params';
import { ActiveOrderCard } from './active-order-card';

const CancelOrderDialog = lazy(() => import('../../order-actions/cancel-order-dialog'));

const EMPTY: Readonly<Record<ActiveTab, string>> = {
  all: 'You have no orders yet.',
  unpaid: 'No orders are waiting for payment.',
  paid: 'No paid orders are waiting to be shipped.',
  shipped: 'No orders are on their way.',
  refunding: 'No refunds are in progress.',
  finished: 'No finished orders yet.',
};

export function MyOrdersScreen() {
  const { value: tab, q, hrefFor, setQ } = useListParams<ActiveTab>('tab', ACTIVE_TABS, 'all');
  const counts = useQuery(orderQueries.counts(q));
  const list = useInfiniteQuery(orderQueries.list({ view: 'active', tab, q }));
  const [cancelling, setCancelling] = useState<Order | null>(null);

  // An optimistic change (a cancel) moves an order out of this view before the refetch does.
  const orders = useMemo(
    () =>
      (list.data?.pages.flatMap((page) => page.orders) ?? []).filter((order) =>
        matchesTab(order, tab),
      ),
    [list.data, tab],
  );
  useRefetchAtDeadlines(orders);

  const total = list.data?.pages[0]?.total;
  const tabs = ACTIVE_TABS.map((value) => ({
    value,
    label: TAB_LABELS[value],
    count: counts.data?.active[value],
  }));
  const onCancel = useCallback((order: Order) => setCancelling(order), []);
  const closeDialog = useCallback(() => setCancelling(null), []);
  const focusHeading = useCallback(() => document.getElementById('my-orders-title'), []);

  return (
    <section aria-labelledby="my-orders-title" className="list-screen">
      <ListScreenHead
        id="my-orders-title"
        title="My Orders"
        section={tab === 'all' ? undefined : TAB_LABELS[tab]}
        q={q}
        onSearch={setQ}
      >
        Your orders, newest first: pay, follow shipping and confirm receipt. A cancelled order moves
        to Deleted Orders, where you can ask the seller to restore it.
      </ListScreenHead>
      <ListTabs label="Order status" tabs={tabs} current={tab} hrefFor={hrefFor} />

      <ListBody
        query={list}
        empty={orders.length === 0}
        what="orders"
        errorText={errorMessage(list.error)}
        emptyText={EMPTY[tab]}
        q={q}
        onSearch={setQ}
      >
        <ListTotal total={total} q={q} />
        <ul className="order-list" aria-label="Orders">
          {orders.map((order) => (
            <li key={order.id}>
              <ActiveOrderCard order={order} onCancel={onCancel} />
            </li>
          ))}
        </ul>
        {list.hasNextPage && (
          <LoadMore
            loading={list.isFetchingNextPage}
            onLoad={() => {
              if (!list.isFetchingNextPage) void list.fetchNextPage();
            }}
          />
        )}
      </ListBody>

      {cancelling && (
        <Suspense fallback={null}>
          <CancelOrderDialog
            order={cancelling}
            onClose={closeDialog}
            fallbackFocus={focusHeading}
          />
        </Suspense>
      )}
    </section>
  );
}
