/**
 * Sends a change with an Idempotency-Key and retries it only when that is safe: with the same
 * key, after a lost answer or a 503 (the server promises nothing was applied twice). A new
 * attempt chosen by the buyer ("Retry failed") calls this again and so gets a new key.
 */
import { ApiError, NetworkError } from './client';

export const MUTATION_RETRIES = 3;
const BACKOFF_MS = [300, 1_000, 2_500];

export function newIdempotencyKey(): string {
  return `or-${crypto.randomUUID()}`;
}

function shouldRetry(error: unknown): boolean {
  if (error instanceof NetworkError) return !error.offline;
  return error instanceof ApiError && error.status === 503;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function sendIdempotent<T>(
  send: (key: string) => Promise<T>,
  key = newIdempotencyKey(),
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send(key);
    } catch (error) {
      if (attempt >= MUTATION_RETRIES || !shouldRetry(error)) throw error;
      await wait(BACKOFF_MS[attempt] ?? 2_500);
    }
  }
}
