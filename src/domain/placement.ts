/** Where an order appears and what its restore line says (product.md §4). */
import type { Cancellation, Order } from './order';
import { isPaid, pendingRequest } from './order';
import type { OrderStatus } from './status';
import { restoreDeadline, whyNotRestorable } from './restore-rules';

export const ACTIVE_TABS = ['all', 'unpaid', 'paid', 'shipped', 'refunding', 'finished'] as const;
export type ActiveTab = (typeof ACTIVE_TABS)[number];
export const DELETED_FILTERS = ['all', 'restorable', 'requested', 'closed'] as const;
export type DeletedFilter = (typeof DELETED_FILTERS)[number];

export type Placement =
  | { readonly view: 'active'; readonly tab: Exclude<ActiveTab, 'all'> }
  | { readonly view: 'deleted'; readonly filter: Exclude<DeletedFilter, 'all'> };

/**
 * What an order's status alone says about its place; for a cancelled order, `filter` is null:
 * whether it is restorable or closed depends on the clock too.
 */
type StatusPlacement =
  | Extract<Placement, { view: 'active' }>
  | { readonly view: 'deleted'; readonly filter: 'requested' | null };

function statusPlacement(status: OrderStatus): StatusPlacement {
  switch (status) {
    case 'unpaid':
    case 'paid':
    case 'shipped':
    case 'refunding':
    case 'finished':
      return { view: 'active', tab: status };
    case 'restoration_requested':
      return { view: 'deleted', filter: 'requested' };
    case 'cancelled':
      return { view: 'deleted', filter: null };
    default: {
      const unknown: never = status;
      throw new TypeError(`Unknown status ${String(unknown)}`);
    }
  }
}

/** The one rule for where an order appears (product.md §4): its list, and its tab or filter there. */
export function placement(order: Order, now: number): Placement {
  const where = statusPlacement(order.status);
  if (where.view === 'active') return where;
  return {
    view: 'deleted',
    filter: where.filter ?? (whyNotRestorable(order, now) === null ? 'restorable' : 'closed'),
  };
}

/** Which list shows the order, My Orders ('active') or Deleted Orders ('deleted'). */
export function viewOf(order: Pick<Order, 'status'>): Placement['view'] {
  return statusPlacement(order.status).view;
}

/**
 * Whether My Orders shows the order under `tab`. Its status alone decides, so a list the server
 * sent can use this after a change made here (an optimistic cancel) as well.
 */
export function matchesTab(order: Order, tab: ActiveTab): boolean {
  const where = statusPlacement(order.status);
  return where.view === 'active' && (tab === 'all' || where.tab === tab);
}

/** Whether an order placed at `where` is listed in `view` under this tab (or filter). */
export function shownIn(
  where: Placement,
  view: Placement['view'],
  tab: ActiveTab,
  filter: DeletedFilter,
): boolean {
  if (where.view !== view) return false;
  return where.view === 'active'
    ? tab === 'all' || where.tab === tab
    : filter === 'all' || where.filter === filter;
}

/**
 * Whether a list the server sent for `filter` still shows the order after a change made here (a
 * request sent, withdrawn). Only its status is looked at: whether a cancelled order is restorable
 * or closed is the server's call, asked again when its deadline passes (useRefetchAtDeadlines).
 */
export function stillInFilter(order: Order, filter: DeletedFilter): boolean {
  const where = statusPlacement(order.status);
  if (where.view !== 'deleted' || filter === 'all') return where.view === 'deleted';
  return where.filter === null ? filter !== 'requested' : where.filter === filter;
}

/** The restore line of a card in Deleted Orders. */
export type RestoreLine =
  | ({ readonly kind: 'window'; readonly endsAt: number } & LastAnswer)
  | ({ readonly kind: 'refund'; readonly refundBy: number } & LastAnswer)
  | {
      readonly kind: 'requested';
      readonly requestedAt: number;
      readonly typicalResponseMinutes: number;
      /** The seller must answer by then (product.md §11). */
      readonly answerBy: number;
    }
  | ({ readonly kind: 'window_closed' } & LastAnswer)
  | ({ readonly kind: 'refunded'; readonly refundedAt: number } & LastAnswer);

/** How the last restore request of a cancelled order ended, when the buyer should be told. */
type LastAnswer = {
  /** The seller declined: their note ('' when they wrote none). */
  readonly declinedNote: string | null;
  /** The seller did not answer in time: the platform closed the request. */
  readonly expired: boolean;
};

export function restoreLine(order: Order, now: number): RestoreLine | null {
  if (order.status === 'restoration_requested') {
    const request = pendingRequest(order);
    return {
      kind: 'requested',
      requestedAt: request?.requestedAt ?? now,
      typicalResponseMinutes: order.seller.typicalResponseMinutes,
      answerBy: request?.answerBy ?? now,
    };
  }
  if (order.status !== 'cancelled') return null;
  const last = order.restoreRequests.at(-1);
  const declinedNote = last?.outcome === 'declined' ? (last.note ?? '') : null;
  const expired = last?.outcome === 'expired';
  const why = whyNotRestorable(order, now);
  if (isPaid(order)) {
    if (why === null) return { kind: 'refund', refundBy: order.refundBy!, declinedNote, expired };
    return {
      kind: 'refunded',
      refundedAt: order.refundedAt ?? order.refundBy ?? now,
      declinedNote,
      expired,
    };
  }
  if (why === null) {
    return {
      kind: 'window',
      endsAt: order.cancellation!.restoreWindowEndsAt!,
      declinedNote,
      expired,
    };
  }
  return { kind: 'window_closed', declinedNote, expired };
}

/** The reason given with a buyer's or seller's cancellation (the platform's is in its text). */
export function cancellationReason(cancellation: Cancellation): string | null {
  return cancellation.by === 'platform' ? null : cancellation.reason;
}

/** A position in a list: compared element by element, ascending. */
export type SortKey = readonly [group: number, value: number, id: string];

export function compareSortKeys(a: SortKey, b: SortKey): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/**
 * Deleted Orders sort soonest-expiring restore first: restorable orders by their deadline, then
 * pending requests (oldest first), then closed ones (most recently cancelled first).
 */
export function deletedSortKey(order: Order, now: number): SortKey {
  const where = placement(order, now);
  if (where.view === 'deleted' && where.filter === 'restorable') {
    return [0, restoreDeadline(order) ?? Number.MAX_SAFE_INTEGER, order.id];
  }
  if (where.view === 'deleted' && where.filter === 'requested') {
    return [1, pendingRequest(order)?.requestedAt ?? 0, order.id];
  }
  return [2, -(order.cancellation?.at ?? order.placedAt), order.id];
}

/** My Orders sort newest first. */
export function activeSortKey(order: Order): SortKey {
  return [0, -order.placedAt, order.id];
}
