/**
 * Cache work shared by the mutation hooks: optimistic changes to every cached copy of an order,
 * snapshots to roll them back, and invalidation once the server has answered.
 */
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Order } from '../domain/order';
import type { OrderPage } from './get-orders';
import { orderQueries } from './order-queries';

export type CacheSnapshot = Array<[QueryKey, unknown]>;

export async function snapshotOrders(queryClient: QueryClient): Promise<CacheSnapshot> {
  await queryClient.cancelQueries({ queryKey: orderQueries.all() });
  return queryClient.getQueriesData({ queryKey: orderQueries.all() });
}

export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

/** Replaces an order wherever it is cached: lists and its record. */
export function updateCachedOrder(
  queryClient: QueryClient,
  id: string,
  update: (order: Order) => Order,
): void {
  queryClient.setQueriesData<InfiniteData<OrderPage>>({ queryKey: orderQueries.lists() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            orders: page.orders.map((order) => (order.id === id ? update(order) : order)),
          })),
        }
      : data,
  );
  queryClient.setQueryData<Order>(orderQueries.detail(id).queryKey, (order) =>
    order ? update(order) : order,
  );
}

export function putOrder(queryClient: QueryClient, order: Order): void {
  putOrders(queryClient, [order]);
  queryClient.setQueryData(orderQueries.detail(order.id).queryKey, order);
}

/** The server's versions of many orders at once (a batch of 500): one pass over each cached list. */
export function putOrders(queryClient: QueryClient, orders: readonly Order[]): void {
  if (orders.length === 0) return;
  const byId = new Map(orders.map((order) => [order.id as string, order]));
  queryClient.setQueriesData<InfiniteData<OrderPage>>({ queryKey: orderQueries.lists() }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) =>
            page.orders.some((order) => byId.has(order.id))
              ? { ...page, orders: page.orders.map((order) => byId.get(order.id) ?? order) }
              : page,
          ),
        }
      : data,
  );
  for (const order of orders) {
    // Only records already in the cache: a batch must not fill it with 500 new entries.
    if (queryClient.getQueryData(orderQueries.detail(order.id).queryKey) !== undefined) {
      queryClient.setQueryData(orderQueries.detail(order.id).queryKey, order);
    }
  }
}

/** Every order the cache holds, in its lists and records (an order in several, several times). */
export function cachedOrders(queryClient: QueryClient): Order[] {
  const inLists = queryClient
    .getQueriesData<InfiniteData<OrderPage>>({ queryKey: orderQueries.lists() })
    .flatMap(([, data]) => data?.pages.flatMap((page) => page.orders) ?? []);
  const records = queryClient
    .getQueriesData<Order>({ queryKey: orderQueries.details() })
    .flatMap(([, order]) => (order ? [order] : []));
  return [...inLists, ...records];
}

/**
 * The orders changed (this page's own change once the server has answered, another tab, a
 * deadline, QA's bridge): every order query is read again. A query still on its first fetch is
 * cancelled and sent again, since TanStack Query's invalidation leaves a first fetch in flight, and
 * that answer may predate the change (the live updates' first look at the pending requests, when
 * it starts while a request is on its way, had missed that request and so its answer).
 */
export async function refreshOrders(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries(
    { queryKey: orderQueries.all(), predicate: (query) => query.state.data === undefined },
    { revert: true, silent: true },
  );
  await queryClient.invalidateQueries({ queryKey: orderQueries.all() });
}

/**
 * Every order query not being read at this moment is read again; a read on its way is kept
 * rather than sent twice. For a change the page notices after the fact (a deadline that passed
 * before it could set its timer), when the reads on their way, such as a returning buyer's first
 * refresh, mostly started after it.
 */
export function refreshIdleOrders(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: orderQueries.all() }, { cancelRefetch: false });
}
