import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { nextDeadline } from '../domain/deadlines';
import type { Order } from '../domain/order';
import { refreshOrders } from './order-cache';

/** setTimeout's longest delay; a later deadline is looked at again when this fires. */
const MAX_DELAY = 2 ** 31 - 1;
/** A little after the deadline, so the server sees it as passed. */
const MARGIN_MS = 250;

/**
 * Refetches when a deadline shown on the page falls due (a pay-by, a restore window, a refund),
 * so the buyer sees the order move without reloading.
 */
export function useRefetchAtDeadlines(orders: readonly Order[]): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const now = Date.now();
    const next = nextDeadline(orders, now);
    if (next === undefined) return;
    const timer = setTimeout(
      () => void refreshOrders(queryClient),
      Math.min(next - now + MARGIN_MS, MAX_DELAY),
    );
    return () => clearTimeout(timer);
  }, [orders, queryClient]);
}
