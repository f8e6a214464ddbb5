import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../api/client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Reads are retried with backoff, but only when another try can help.
        retry: (failureCount, error) => failureCount < 3 && isRetryable(error),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
      mutations: {
        // Mutations are never retried blindly: the hooks that may retry do it with the same key.
        retry: false,
        // Offline, a change fails at once with "You're offline" (what was typed is kept), rather
        // than waiting silently for the network.
        networkMode: 'always',
      },
    },
  });
}
