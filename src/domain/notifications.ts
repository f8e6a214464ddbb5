/**
 * What the buyer must hear of (product.md §12), derived from each order's history: a seller's
 * answer, a request that expired, a refund that landed, an order the platform cancelled, a restore
 * window about to close. Nothing is stored but what the buyer has read (the backend keeps that);
 * the notifications themselves are read off the orders, so a read never writes.
 */
import type { OrderId } from './ids';
import type { Money } from './money';
import { isPaid, type Order, type RestoreOutcome, type TimelineEvent } from './order';
import { restoreDeadline, restoreRefusalFor } from './restore-rules';
import { CLOSING_SOON_MS, closesSoon } from './closing-soon';

export const NOTIFICATION_KINDS = [
  'seller_accepted',
  'seller_replaced',
  'seller_refunded',
  'seller_declined',
  'request_expired',
  'refund_landed',
  'auto_cancelled',
  'window_closing',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type BuyerNotification = {
  /** `${orderId}:${kind}:${at}`: the same notification has the same id at every read. */
  readonly id: string;
  readonly orderId: OrderId;
  readonly kind: NotificationKind;
  readonly at: number;
  /** The seller's note (declined/accepted), as written. */
  readonly note: string | null;
  readonly amount: Money | null;
  /** Pay by / ships by / refund by / window end. */
  readonly until: number | null;
};

const ACCEPTED: Readonly<Partial<Record<RestoreOutcome, NotificationKind>>> = {
  accepted: 'seller_accepted',
  accepted_replacement: 'seller_replaced',
  accepted_refund: 'seller_refunded',
};

/** The notification a timeline entry makes, if the buyer must hear of it. */
function kindOf(event: TimelineEvent): NotificationKind | null {
  switch (event.kind) {
    case 'restore_accepted':
      return (event.outcome && ACCEPTED[event.outcome]) ?? null;
    case 'restore_declined':
      return 'seller_declined';
    case 'restore_closed':
      // A request closed by the refund is told by the refund_landed entry that comes with it.
      return event.outcome === 'expired' ? 'request_expired' : null;
    case 'refund_landed':
      return 'refund_landed';
    case 'cancelled':
      return event.actor === 'platform' ? 'auto_cancelled' : null;
    default:
      return null;
  }
}

function notification(
  orderId: OrderId,
  kind: NotificationKind,
  at: number,
  facts: Pick<BuyerNotification, 'note' | 'amount' | 'until'>,
): BuyerNotification {
  return { id: `${orderId}:${kind}:${at}`, orderId, kind, at, ...facts };
}

/**
 * An unpaid order restorable now whose window ends within five minutes: "closes soon" from five
 * minutes before its end (or its cancellation, for a shorter window) until the window closes.
 */
function windowClosing(order: Order, now: number): BuyerNotification | null {
  if (isPaid(order) || restoreRefusalFor(order, now) !== null) return null;
  // Restorable and unpaid: the deadline is the window's end, fixed at cancellation.
  const end = restoreDeadline(order)!;
  if (!closesSoon(end, now)) return null;
  const at = Math.max(end - CLOSING_SOON_MS, order.cancellation!.at);
  return notification(order.id, 'window_closing', at, { note: null, amount: null, until: end });
}

/**
 * Derived from an order's history (a read never writes): one entry per timeline event that the
 * buyer must hear of, plus window_closing once an unpaid restorable order's window closes within
 * 5 minutes. Each carries its entry's facts as they are: the seller's note, the amount, the moment
 * named (pay by, ships by, refund by).
 */
export function notificationsOf(order: Order, now: number): BuyerNotification[] {
  const found: BuyerNotification[] = [];
  for (const event of order.timeline) {
    const kind = kindOf(event);
    if (kind === null) continue;
    found.push(
      notification(order.id, kind, event.at, {
        note: event.message,
        amount: event.amount,
        until: event.until,
      }),
    );
  }
  const closing = windowClosing(order, now);
  if (closing) found.push(closing);
  return found;
}

/** Newest first; two at the same moment by id, so the order is the same at every read. */
export function compareNotifications(
  a: Pick<BuyerNotification, 'at' | 'id'>,
  b: Pick<BuyerNotification, 'at' | 'id'>,
): number {
  return b.at - a.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every order's, newest first (ties: by id), only those with at <= now. */
export function notificationFeed(orders: readonly Order[], now: number): BuyerNotification[] {
  return feedOf(
    orders.flatMap((order) => notificationsOf(order, now)),
    now,
  );
}

/** The feed made of every order's notifications (`notificationsOf`): those due by `now`, newest first. */
export function feedOf(found: readonly BuyerNotification[], now: number): BuyerNotification[] {
  return found.filter((one) => one.at <= now).sort(compareNotifications);
}

/** What the buyer has read: these ids, and everything up to a moment ("Mark all as read"). */
export type NotificationReadState = {
  readonly ids: ReadonlySet<string>;
  /** Every notification with `at` at or before this moment is read; null before the first. */
  readonly allReadUpTo: number | null;
};

export const NOTHING_READ: NotificationReadState = { ids: new Set(), allReadUpTo: null };

export function isRead(found: BuyerNotification, state: NotificationReadState): boolean {
  return state.ids.has(found.id) || (state.allReadUpTo !== null && found.at <= state.allReadUpTo);
}

/** The read state after the buyer read these ids (unknown ones are kept: they may come later). */
export function withRead(
  state: NotificationReadState,
  ids: readonly string[],
): NotificationReadState {
  return { ...state, ids: new Set([...state.ids, ...ids]) };
}

/** After "Mark all as read" up to `upTo`: never earlier than a mark already made. */
export function withAllReadUpTo(state: NotificationReadState, upTo: number): NotificationReadState {
  const allReadUpTo = state.allReadUpTo === null ? upTo : Math.max(state.allReadUpTo, upTo);
  return { ...state, allReadUpTo };
}
