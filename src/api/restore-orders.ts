/**
 * POST /api/restore-requests, in batches of up to 500 orders. Each batch has its own
 * Idempotency-Key, reused by its automatic retries; "Retry failed" calls this again and so sends
 * new keys. The cache is updated optimistically through the domain machine and corrected from
 * each order's result.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderId } from '../domain/ids';
import { transition } from '../domain/machine';
import type { Order } from '../domain/order';
import type { RestoreReasonId } from '../domain/reasons';
import { ApiError, NetworkError, request } from './client';
import { MAX_RESTORE_ITEMS, restoreResultsSchema, type ProblemCode } from './contract';
import { announceChangeToOtherTabs } from './cross-tab';
import { sendIdempotent } from './idempotent';
import {
  invalidateOrders,
  putOrder,
  restoreSnapshot,
  snapshotOrders,
  updateCachedOrder,
  type CacheSnapshot,
} from './order-cache';
import { fromOrderDto } from './order-mapping';

export type RestoreItem = { readonly orderId: OrderId; readonly reason: RestoreReasonId };

export type RestoreItemResult =
  | { readonly orderId: OrderId; readonly ok: true; readonly order: Order }
  | {
      readonly orderId: OrderId;
      readonly ok: false;
      /** The server's code, or NETWORK when no answer came back even after retries. */
      readonly code: ProblemCode | 'NETWORK';
      readonly message: string;
    };

export async function restoreBatch(
  items: readonly RestoreItem[],
  message: string,
  idempotencyKey: string,
): Promise<RestoreItemResult[]> {
  const answer = await request('/api/restore-requests', {
    method: 'POST',
    body: { items, message },
    idempotencyKey,
    schema: restoreResultsSchema,
  });
  return answer.results.map((result) =>
    result.ok
      ? { orderId: result.orderId, ok: true, order: fromOrderDto(result.order) }
      : {
          orderId: result.orderId,
          ok: false,
          code: result.error.code,
          message: result.error.detail,
        },
  );
}

export type RestoreProgress = { readonly sent: number; readonly total: number };

/** Sends every item, batch after batch; a batch that gets no answer fails as a whole, the rest go on. */
export async function sendRestoreRequests(
  items: readonly RestoreItem[],
  message: string,
  onProgress?: (progress: RestoreProgress) => void,
  onBatch?: (results: readonly RestoreItemResult[]) => void,
): Promise<RestoreItemResult[]> {
  const results: RestoreItemResult[] = [];
  onProgress?.({ sent: 0, total: items.length });
  for (let start = 0; start < items.length; start += MAX_RESTORE_ITEMS) {
    const batch = items.slice(start, start + MAX_RESTORE_ITEMS);
    let batchResults: RestoreItemResult[];
    try {
      batchResults = await sendIdempotent((key) => restoreBatch(batch, message, key));
    } catch (error) {
      const code: ProblemCode | 'NETWORK' = error instanceof ApiError ? error.code : 'NETWORK';
      const text =
        error instanceof ApiError
          ? error.problem.detail
          : error instanceof NetworkError
            ? error.message
            : 'The request failed.';
      batchResults = batch.map((item) => ({
        orderId: item.orderId,
        ok: false,
        code,
        message: text,
      }));
    }
    results.push(...batchResults);
    onBatch?.(batchResults);
    onProgress?.({ sent: Math.min(start + batch.length, items.length), total: items.length });
  }
  return results;
}

export type RestoreVariables = {
  readonly items: readonly RestoreItem[];
  readonly message: string;
  /** The orders as the page knows them, to show the request before the answer arrives. */
  readonly known?: ReadonlyMap<string, Order>;
  readonly onProgress?: (progress: RestoreProgress) => void;
};

export function useRestoreOrders() {
  const queryClient = useQueryClient();
  return useMutation<RestoreItemResult[], Error, RestoreVariables, { snapshot: CacheSnapshot }>({
    mutationFn: ({ items, message, onProgress }) =>
      sendRestoreRequests(items, message, onProgress, (batch) => {
        for (const result of batch) if (result.ok) putOrder(queryClient, result.order);
      }),
    onMutate: async ({ items, message, known }) => {
      const snapshot = await snapshotOrders(queryClient);
      const now = Date.now();
      for (const item of items) {
        const order = known?.get(item.orderId);
        if (!order) continue;
        const predicted = transition(
          order,
          { type: 'requestRestore', reason: item.reason, message },
          now,
        );
        if (predicted.ok) updateCachedOrder(queryClient, item.orderId, () => predicted.order);
      }
      return { snapshot };
    },
    onSuccess: (results, _variables, context) => {
      // Refused orders go back to what they were; accepted ones keep the server's version.
      const refused = new Set(
        results.filter((result) => !result.ok).map((result) => result.orderId),
      );
      if (context && refused.size > 0) {
        const accepted = results.filter((result) => result.ok);
        restoreSnapshot(queryClient, context.snapshot);
        for (const result of accepted) putOrder(queryClient, result.order);
      }
      if (results.some((result) => result.ok)) announceChangeToOtherTabs();
    },
    onError: (_error, _variables, context) => {
      if (context) restoreSnapshot(queryClient, context.snapshot);
    },
    onSettled: () => invalidateOrders(queryClient),
  });
}
