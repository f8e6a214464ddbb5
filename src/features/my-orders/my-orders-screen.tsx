import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import { isActiveStatus } from '../../domain/deadlines';
import type { Order } from '../../domain/order';
import { ACTIVE_TABS, TAB_LABELS, type ActiveTab } from '../../domain/placement';
import { errorMessage } from '../../ui/error-message';
import { ListTabs } from '../../ui/list-tabs';
import { LoadMore } from '../../ui/load-more';
import { SearchBox } from '../../ui/search-box';
import { ListSkeleton } from '../../ui/list-skeleton';
import { useListParams } from '../../ui/use-list-params';
import { ActiveOrderCard } from './active-order-card';

const CancelOrderDialog = lazy(() => import('../../ui/cancel-order-dialog'));

const EMPTY: Readonly<Record<ActiveTab, string>> = {
  all: 'You have no orders yet.',
  unpaid: 'No orders are waiting for payment.',
  paid: 'No paid orders are waiting to be shipped.',
  shipped: 'No orders are on their way.',
  refunding: 'No refunds are in progress.',
  finished: 'No finished orders yet.',
};

const countFormat = new Intl.NumberFormat('en-US');

export function MyOrdersScreen() {
  const { value: tab, q, hrefFor, setQ } = useListParams<ActiveTab>('tab', ACTIVE_TABS, 'all');
  const counts = useQuery(orderQueries.counts(q));
  const list = useInfiniteQuery(orderQueries.list({ view: 'active', tab, q }));
  const [cancelling, setCancelling] = useState<Order | null>(null);

  // An optimistic change (a cancel) moves an order out of this view before the refetch does.
  const orders = useMemo(
    () =>
      (list.data?.pages.flatMap((page) => page.orders) ?? []).filter(
        (order) => isActiveStatus(order) && (tab === 'all' || order.status === tab),
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
      <title>
        {tab === 'all'
          ? 'My Orders · Order Restore'
          : `My Orders: ${TAB_LABELS[tab]} · Order Restore`}
      </title>
      <div className="list-screen__head">
        <h1 id="my-orders-title" tabIndex={-1}>
          My Orders
        </h1>
        <SearchBox value={q} onChange={setQ} />
      </div>
      <p className="list-screen__intro">
        Your orders, newest first: pay, follow shipping and confirm receipt. A cancelled order moves
        to Deleted Orders, where you can ask the seller to restore it.
      </p>
      <ListTabs label="Order status" tabs={tabs} current={tab} hrefFor={hrefFor} />

      {list.isPending && list.fetchStatus === 'paused' ? (
        <div role="alert" className="error-state">
          <p>You&apos;re offline. Your orders will load when you&apos;re back online.</p>
        </div>
      ) : list.isPending ? (
        <ListSkeleton label="Loading your orders…" />
      ) : list.isError ? (
        <div role="alert" className="error-state">
          <p>Your orders could not be loaded. {errorMessage(list.error)}</p>
          <button type="button" className="button" onClick={() => void list.refetch()}>
            Try again
          </button>
        </div>
      ) : orders.length === 0 ? (
        <div className="empty-state">
          <p>{q ? `No orders match “${q}”.` : EMPTY[tab]}</p>
          {q && (
            <button type="button" className="button" onClick={() => setQ('')}>
              Clear search
            </button>
          )}
        </div>
      ) : (
        <>
          <p className="list-screen__total">
            {total === undefined
              ? null
              : `${countFormat.format(total)} ${total === 1 ? 'order' : 'orders'}`}
            {q && ` matching “${q}”`}
          </p>
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
        </>
      )}

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
