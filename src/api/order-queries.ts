/**
 * The query factory: keys go from general to specific, so invalidating `['orders']` refreshes
 * every list, count and record at once. Hooks, prefetching and cache updates all use these.
 */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchOrders, type OrderListParams } from './get-orders';

export type OrderListKey = Omit<OrderListParams, 'cursor' | 'limit'>;

export const PAGE_SIZE = 50;

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: (key: OrderListKey) =>
    infiniteQueryOptions({
      queryKey: [...orderQueries.lists(), key] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchOrders({ ...key, cursor: pageParam, limit: PAGE_SIZE }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
};
