/**
 * The restorable orders whose last moment to restore comes soon, for the Closing soon banner.
 * Deleted Orders' Restorable list is sorted soonest deadline first, so this reads its pages only
 * until an order closes later than the look-ahead: usually one small page, where asking for the
 * selection of every restorable order meant thousands of entries with 10,000 orders.
 */
import type { OrderId } from '../domain/ids';
import { restoreDeadline } from '../domain/restore-rules';
import { MINUTE } from '../domain/time';
import { fetchOrders } from './get-orders';

/** How far ahead one read looks; the banner reads again before its five minutes pass this. */
export const CLOSING_LOOKAHEAD_MS = 15 * MINUTE;
/** Orders per page read: about as many as close within the look-ahead with 10,000 orders. */
const PAGE = 50;

export type ClosingOrders = {
  /** The restorable orders whose deadline is at or before `coveredUntil`, soonest first. */
  readonly items: ReadonlyArray<{ readonly id: OrderId; readonly restoreBy: number }>;
  /** Every restorable order closing by this moment is in `items`. */
  readonly coveredUntil: number;
};

export async function fetchClosingOrders(
  now: number,
  signal?: AbortSignal,
  pageSize = PAGE,
): Promise<ClosingOrders> {
  const coveredUntil = now + CLOSING_LOOKAHEAD_MS;
  const items: Array<{ id: OrderId; restoreBy: number }> = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchOrders(
      { view: 'deleted', filter: 'restorable', cursor, limit: pageSize },
      signal,
    );
    for (const order of page.orders) {
      const restoreBy = restoreDeadline(order);
      if (restoreBy === undefined) continue;
      if (restoreBy > coveredUntil) return { items, coveredUntil };
      items.push({ id: order.id, restoreBy });
    }
    if (!page.nextCursor) return { items, coveredUntil };
    cursor = page.nextCursor;
  }
}
