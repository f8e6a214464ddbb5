/**
 * The shape every single-order change shares: written down in the outbox first, then sent with
 * its key; an optimistic update predicted by the domain machine itself, rolled back when the
 * server refuses (or does not answer: the change then waits, queued, in the outbox); then the
 * server's order put in the cache and everything refetched so tabs, counts and the other view
 * stay right.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { transition, type OrderEvent } from '../domain/machine';
import type { Order } from '../domain/order';
import type { SingleChange } from './changes';
import { announceChangeToOtherTabs } from './cross-tab';
import {
  refreshOrders,
  putOrder,
  restoreSnapshot,
  snapshotOrders,
  updateCachedOrder,
  type CacheSnapshot,
} from './order-cache';
import { outbox } from './outbox';

export type OrderActionVariables = { order: Order };

/** Sends one change through the outbox and gives its answer: the order, or the error. */
export async function sendChange(change: SingleChange): Promise<Order> {
  const { entry } = outbox.addSingle(change);
  const outcome = await outbox.run(entry.id);
  if (outcome.type === 'single') {
    if (outcome.result.ok) return outcome.result.order;
    throw outcome.result.error;
  }
  // Another tab took it over (it started at that very moment): it sends it, once.
  throw new Error('This change is being sent from another tab of this browser.');
}

export function useOrderAction<V extends OrderActionVariables>(options: {
  change: (variables: V) => SingleChange;
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
    mutationFn: (variables) => sendChange(options.change(variables)),
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
      const refreshed = refreshOrders(queryClient);
      return error ? undefined : refreshed;
    },
  });
}
