import { QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from '../app/query-client';
import { ApiError, ContractError } from './client';
import { orderQueries } from './order-queries';

function wrapper({ children }: { children: ReactNode }) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('orderQueries.list', () => {
  it('loads the active orders from the mock API', async () => {
    const { result } = renderHook(
      () => useInfiniteQuery(orderQueries.list({ view: 'active', tab: 'all', q: '' })),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const orders = result.current.data!.pages.flatMap((page) => page.orders);
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) expect(order.id).toMatch(/^\d{16}$/);
  });

  it("starts a returning buyer on last visit's first page, marked stale, and refreshes it", async () => {
    const key = { view: 'deleted', filter: 'all', q: '' } as const;
    const firstVisit = renderHook(() => useInfiniteQuery(orderQueries.list(key)), { wrapper });
    await waitFor(() => expect(firstVisit.result.current.isSuccess).toBe(true));
    const seen = firstVisit.result.current.data!.pages[0]!.orders.map((order) => order.id);
    const savedBy = Date.now();
    firstVisit.unmount();

    // The next visit: a new cache, and a server that has not answered yet.
    server.use(http.get('/api/orders', () => delay('infinite')));
    const { result } = renderHook(() => useInfiniteQuery(orderQueries.list(key)), { wrapper });
    expect(result.current.isPending).toBe(false);
    expect(result.current.data!.pages[0]!.orders.map((order) => order.id)).toEqual(seen);
    expect(result.current.dataUpdatedAt).toBeLessThanOrEqual(savedBy);
    expect(result.current.isStale).toBe(true);
    await waitFor(() => expect(result.current.isFetching).toBe(true));
  });

  it('turns a problem+json answer into an ApiError with its code', async () => {
    server.use(
      http.get('/api/orders', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Service unavailable',
            status: 503,
            detail: 'Try again in a moment.',
            code: 'SERVICE_UNAVAILABLE',
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { result } = renderHook(
      () => useInfiniteQuery(orderQueries.list({ view: 'active', tab: 'all', q: '' })),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect((result.current.error as ApiError).code).toBe('SERVICE_UNAVAILABLE');
  });

  it('refuses an answer that breaks the contract', async () => {
    server.use(
      http.get('/api/orders', () =>
        HttpResponse.json({ orders: [{ id: 123 }], nextCursor: null, total: 1 }),
      ),
    );
    const { result } = renderHook(
      () => useInfiniteQuery(orderQueries.list({ view: 'active', tab: 'all', q: '' })),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ContractError);
  });
});
