import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { resetMockBackend } from '../../mocks/node';
import { seededOrder } from '../../mocks/seed-table';
import { orderQueries } from '../api/order-queries';
import { stillInFilter } from '../domain/placement';
import { pushNotice } from '../ui/notices';
import type * as Notices from '../ui/notices';
import { createQueryClient } from './query-client';
import { LiveUpdates } from './live-updates';

vi.mock('../ui/notices', async (original) => ({
  ...(await original<typeof Notices>()),
  pushNotice: vi.fn(),
}));

const NOW = Date.UTC(2026, 10, 26, 9, 0, 0);
const REQUESTED = seededOrder('Restoration requested (unpaid)');

/** The order's record, shown the way the record page shows it. */
function Record({ id }: { id: string }) {
  useQuery(orderQueries.detail(id));
  return null;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  resetMockBackend({ now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(pushNotice).mockClear();
});

describe('LiveUpdates', () => {
  it('on its first look, reads again, quietly, a request the page shows as waiting that was answered before it started', async () => {
    const queryClient = createQueryClient();
    const page = (live: boolean) => (
      <QueryClientProvider client={queryClient}>
        <Router hook={memoryLocation({ path: `/orders/${REQUESTED}` }).hook}>
          <Record id={REQUESTED} />
          {live && <LiveUpdates />}
        </Router>
      </QueryClientProvider>
    );
    // The record is on screen, waiting for the seller; the live updates have not started yet.
    const { rerender } = render(page(false));
    await waitFor(() => {
      const query = queryClient.getQueryState(orderQueries.detail(REQUESTED).queryKey);
      expect(query?.status === 'success' && query.fetchStatus === 'idle').toBe(true);
    });
    const shown = queryClient.getQueryData(orderQueries.detail(REQUESTED).queryKey)!;
    expect(stillInFilter(shown, 'requested')).toBe(true);

    // The seller's 48 hours pass before they start: the request expires.
    vi.setSystemTime(NOW + 49 * 3_600_000);
    rerender(page(true));

    await waitFor(() =>
      expect(
        stillInFilter(
          queryClient.getQueryData(orderQueries.detail(REQUESTED).queryKey)!,
          'requested',
        ),
      ).toBe(false),
    );
    // The notifications panel has the answer; the first look pushes no notice of its own.
    expect(pushNotice).not.toHaveBeenCalled();
  });
});
