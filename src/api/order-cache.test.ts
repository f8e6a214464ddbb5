import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { orderQueries } from './order-queries';
import { refreshOrders } from './order-cache';

/** A read the test answers by hand, in the order it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('refreshOrders', () => {
  it('sends again an order query still on its first read, whose answer may predate the change', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const reads: Array<ReturnType<typeof deferred<string>>> = [];
    const observer = new QueryObserver(queryClient, {
      queryKey: [...orderQueries.all(), 'selection', 'requested'],
      queryFn: () => {
        const read = deferred<string>();
        reads.push(read);
        return read.promise;
      },
    });
    const seen: Array<string | undefined> = [];
    const unsubscribe = observer.subscribe((result) => seen.push(result.data));

    // The first read left before the change reached the server; the change lands; then its
    // (old) answer arrives.
    expect(reads).toHaveLength(1);
    const refreshed = refreshOrders(queryClient);
    await vi.waitFor(() => expect(reads).toHaveLength(2));
    reads[0]!.resolve('before the change');
    reads[1]!.resolve('after the change');
    await refreshed;

    expect(observer.getCurrentResult().data).toBe('after the change');
    expect(seen).not.toContain('before the change');
    unsubscribe();
  });

  it('reads again an order query that has an answer', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    let answer = 'first';
    const observer = new QueryObserver(queryClient, {
      queryKey: [...orderQueries.all(), 'counts'],
      queryFn: () => Promise.resolve(answer),
    });
    const unsubscribe = observer.subscribe(() => {});
    await observer.refetch();
    answer = 'second';
    await refreshOrders(queryClient);
    expect(observer.getCurrentResult().data).toBe('second');
    unsubscribe();
  });
});
