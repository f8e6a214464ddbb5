/**
 * The query factory: keys go from general to specific, so invalidating `['orders']` refreshes
 * every list, count, selection and record at once. Hooks, prefetching and cache updates all use
 * these (TkDodo's "Effective React Query Keys").
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ActiveTab, DeletedFilter } from '../domain/placement';
import { fetchClosingOrders } from './closing-soon';
import { fetchCounts, fetchOrder, fetchOrders, fetchSelection } from './get-orders';
import { fetchSaleEvents } from './get-reference-data';
import { loadSnapshot, saveSnapshot } from './list-snapshot';

export type OrderListKey =
  | { view: 'active'; tab: ActiveTab; q: string }
  | { view: 'deleted'; filter: DeletedFilter; q: string };

export const PAGE_SIZE = 50;

/** While restore requests are pending, their sellers may answer at any moment. */
export const PENDING_POLL_MS = 10_000;

export const orderQueries = {
  all: () => ['orders'] as const,
  lists: () => [...orderQueries.all(), 'list'] as const,
  list: (key: OrderListKey) => {
    const snapshotKey = JSON.stringify(key);
    // Read from localStorage (and parsed) once, for both the data and its age.
    let stored: { snapshot: ReturnType<typeof loadSnapshot> } | undefined;
    const storedSnapshot = () => (stored ??= { snapshot: loadSnapshot(snapshotKey) }).snapshot;
    return infiniteQueryOptions({
      queryKey: [...orderQueries.lists(), key] as const,
      queryFn: async ({ pageParam, signal }) => {
        const params =
          key.view === 'active'
            ? { view: 'active' as const, tab: key.tab, q: key.q }
            : { view: 'deleted' as const, filter: key.filter, q: key.q };
        const page = await fetchOrders({ ...params, cursor: pageParam, limit: PAGE_SIZE }, signal);
        if (pageParam === undefined) saveSnapshot(snapshotKey, page, Date.now());
        return page;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      // A returning buyer sees the last first page at once; it is stale, so it refreshes at once too.
      initialData: () => {
        const stored = storedSnapshot();
        return stored && { pages: [stored.page], pageParams: [undefined] };
      },
      initialDataUpdatedAt: () => storedSnapshot()?.savedAt,
    });
  },
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
  /** The restorable orders closing within the look-ahead (src/api/closing-soon.ts). */
  closing: () =>
    queryOptions({
      queryKey: [...orderQueries.all(), 'closing'] as const,
      queryFn: ({ signal }) => fetchClosingOrders(Date.now(), signal),
    }),
};

export const referenceQueries = {
  saleEvents: () =>
    queryOptions({
      queryKey: ['sale-events'] as const,
      queryFn: ({ signal }) => fetchSaleEvents(signal),
      staleTime: 60_000,
    }),
};
