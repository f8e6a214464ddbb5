import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import type { Order } from '../../domain/order';
import { ACTIVE_TABS, matchesTab, type ActiveTab } from '../../domain/placement';
import { withMessages } from '../../i18n/activate';
import { tabLabel } from '../../i18n/words/status-words';
import { errorMessage } from '../../order-actions/error-message';
import { ListBody, ListScreenHead, ListTotal } from '../../ui/list-screen';
import { ListTabs } from '../../ui/list-tabs';
import { LoadMore } from '../../ui/load-more';
import { useFirstScreenFirst } from '../../ui/use-first-screen-first';
import { useListParams } from '../../ui/use-list-params';
import { ActiveOrderCard } from './active-order-card';

const CancelOrderDialog = lazy(
  withMessages('later', () => import('../../order-actions/cancel-order-dialog')),
);

const EMPTY: Readonly<Record<ActiveTab, MessageDescriptor>> = {
  all: msg`You have no orders yet.`,
  unpaid: msg`No orders are waiting for payment.`,
  paid: msg`No paid orders are waiting to be shipped.`,
  shipped: msg`No orders are on their way.`,
  refunding: msg`No refunds are in progress.`,
  finished: msg`No finished orders yet.`,
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
  useRefetchAtDeadlines(orders, list.dataUpdatedAt);

  const total = list.data?.pages[0]?.total;
  const tabs = ACTIVE_TABS.map((value) => ({
    value,
    label: tabLabel(value),
    count: counts.data?.active[value],
  }));
  const onCancel = useCallback((order: Order) => setCancelling(order), []);
  const closeDialog = useCallback(() => setCancelling(null), []);
  const focusHeading = useCallback(() => document.getElementById('my-orders-title'), []);

  return (
    <section aria-labelledby="my-orders-title" className="list-screen">
      <ListScreenHead
        id="my-orders-title"
        title={t`My Orders`}
        section={tab === 'all' ? undefined : tabLabel(tab)}
        q={q}
        onSearch={setQ}
      >
        {t`Your orders, newest first: pay, follow shipping and confirm receipt. A cancelled order moves to Deleted Orders, where you can ask the seller to restore it.`}
      </ListScreenHead>
      <ListTabs label={t`Order status`} tabs={tabs} current={tab} hrefFor={hrefFor} />

      <ListBody
        query={list}
        empty={orders.length === 0}
        what="orders"
        errorText={errorMessage(list.error)}
        emptyText={i18n._(EMPTY[tab])}
        q={q}
        onSearch={setQ}
      >
        <ListTotal total={total} q={q} />
        <ActiveOrderRows orders={orders} onCancel={onCancel} />
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

function ActiveOrderRows({
  orders: allOrders,
  onCancel,
}: {
  orders: readonly Order[];
  onCancel: (order: Order) => void;
}) {
  const orders = useFirstScreenFirst(allOrders);
  return (
    <ul className="order-list" aria-label={t`Orders`}>
      {orders.map((order) => (
        <li key={order.id}>
          <ActiveOrderCard order={order} onCancel={onCancel} />
        </li>
      ))}
    </ul>
  );
}
