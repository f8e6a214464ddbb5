/**
 * The query factory: keys go from general to specific, so invalidating `['orders']` refreshes
 * every list, count, selection and record at once. Hooks, prefetching and cache updates all use
 * these (TkDodo's "Effective React Query Keys").
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ActiveTab, DeletedFilter } from '../domain/placement';
import { fetchCounts, fetchOrder, fetchOrders, fetchSelection } from './get-orders';
import { fetchRestoreReasons, fetchSaleEvents } from './get-reference-data';

export type OrderListKey =
  | { view: 'active'; tab: ActiveTab; q: string }
  | { view: 'deleted'; filter: DeletedFilter; q: string };

export const PAGE_SIZE = 50;

/** While restore requests are pending, their sellers may answer at any moment. */
export const PENDING_POLL_MS = 10_000;

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: (key: OrderListKey) =>
    infiniteQueryOptions({
      queryKey: [...orderQueries.lists(), key] as const,
      queryFn: ({ pageParam, signal }) =>
        fetchOrders(
          key.view === 'active'
            ? { view: 'active', tab: key.tab, q: key.q, cursor: pageParam, limit: PAGE_SIZE }
            : {
                view: 'deleted',
                filter: key.filter,
                q: key.q,
                cursor: pageParam,
                limit: PAGE_SIZE,
              },
          signal,
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
  counts: (q: string) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'counts', { q }] as const,
      queryFn: ({ signal }) => fetchCounts(q, signal),
    }),
  details: () => [...orderQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...orderQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchOrder(id, signal),
    }),
  selection: (params: { filter: DeletedFilter; q: string }) =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'selection', params] as const,
      queryFn: ({ signal }) => fetchSelection(params, signal),
    }),
};

export const referenceQueries = {
  restoreReasons: () =>
    queryOptions({
      queryKey: ['restore-reasons'] as const,
      queryFn: ({ signal }) => fetchRestoreReasons(signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  saleEvents: () =>
    queryOptions({
      queryKey: ['sale-events'] as const,
      queryFn: ({ signal }) => fetchSaleEvents(signal),
      staleTime: 60_000,
    }),
};
