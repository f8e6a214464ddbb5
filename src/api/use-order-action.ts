/**
 * The shape every single-order change shares: an optimistic update predicted by the domain
 * machine itself, rolled back when the server refuses, then the server's order put in the cache
 * and everything refetched so tabs, counts and the other view stay right.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { transition, type OrderEvent } from '../domain/machine';
import type { Order } from '../domain/order';
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

export type OrderActionVariables = { order: Order };

export function useOrderAction<V extends OrderActionVariables>(options: {
  send: (variables: V, idempotencyKey: string) => Promise<Order>;
  /** The event the server will apply, to show its effect before the answer arrives. */
  predict?: (variables: V) => OrderEvent;
  /**
   * Called after the rollback when the change fails. Unlike `mutate`'s callbacks it runs even
   * when the button that started the change is gone (the optimistic update removed it).
   */
  onError?: ((error: Error, variables: V) => void) | undefined;
}) {
  const queryClient = useQueryClient();
  return useMutation<Order, Error, V, { snapshot: CacheSnapshot }>({
    mutationFn: (variables) => sendIdempotent((key) => options.send(variables, key)),
    onMutate: async (variables) => {
      const snapshot = await snapshotOrders(queryClient);
      if (options.predict) {
        const predicted = transition(variables.order, options.predict(variables), Date.now());
        if (predicted.ok) updateCachedOrder(queryClient, variables.order.id, () => predicted.order);
      }
      return { snapshot };
    },
    onError: (error, variables, context) => {
      if (context) restoreSnapshot(queryClient, context.snapshot);
      options.onError?.(error, variables);
    },
    onSuccess: (order) => {
      putOrder(queryClient, order);
      announceChangeToOtherTabs();
    },
    // After a success the hook stays pending until the lists are fresh (no flash of old data);
    // after a refusal the rollback is already done, so the reason is shown without waiting.
    onSettled: (_order, error) => {
      const refreshed = invalidateOrders(queryClient);
      return error ? undefined : refreshed;
    },
  });
}
