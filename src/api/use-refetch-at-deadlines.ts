import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { nextDeadline } from '../domain/deadlines';
import type { Order } from '../domain/order';
import { refreshIdleOrders, refreshOrders } from './order-cache';

/** setTimeout's longest delay; a later deadline is looked at again when this fires. */
const MAX_DELAY = 2 ** 31 - 1;
/** A little after the deadline, so the server sees it as passed. */
const MARGIN_MS = 250;

/**
 * Refetches when a deadline shown on the page falls due (a pay-by, a restore window, a refund),
 * so the buyer sees the order move without reloading. `readAt` is when the orders were read
 * (the query's `dataUpdatedAt`): a deadline that passed since then, before this could set its
 * timer (a clock that jumped, a tab that slept), refetches at once.
 */
export function useRefetchAtDeadlines(orders: readonly Order[], readAt: number): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const next = nextDeadline(orders, readAt);
    if (next === undefined) return;
    const delay = next - Date.now() + MARGIN_MS;
    if (delay <= 0) {
      void refreshIdleOrders(queryClient);
      return;
    }
    const timer = setTimeout(() => void refreshOrders(queryClient), Math.min(delay, MAX_DELAY));
    return () => clearTimeout(timer);
  }, [orders, readAt, queryClient]);
}
