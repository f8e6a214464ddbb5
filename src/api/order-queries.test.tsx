import { QueryClientProvider, useInfiniteQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
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
