import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newOrder, T0 } from '../test/domain-fixtures';
import { useRefetchAtDeadlines } from './use-refetch-at-deadlines';

const order = newOrder(T0);
const payBy = order.payBy!;

function setup(readAt: number, now: number) {
  vi.useFakeTimers({ now });
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const orders = [order];
  renderHook(() => useRefetchAtDeadlines(orders, readAt), { wrapper });
  return invalidate;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useRefetchAtDeadlines', () => {
  it('reads the orders again a little after the next deadline shown', async () => {
    const invalidate = setup(T0, T0);
    await vi.advanceTimersByTimeAsync(payBy - T0);
    expect(invalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('reads them again at once when the deadline passed since they were read (the clock jumped)', () => {
    const invalidate = setup(T0, payBy + 60_000);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledWith(expect.anything(), { cancelRefetch: false });
  });

  it('does nothing for a deadline that had passed when they were read', async () => {
    const invalidate = setup(payBy + 1_000, payBy + 60_000);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
