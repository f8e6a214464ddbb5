/** When a cancelled order can still be restored (product.md §3). */
import type { Order, SaleEvent } from './order';
import { activeSaleEvent } from './sale-events';
import { addBusinessDaysUtc, HOUR, MINUTE } from './time';

export const RESTORE_WINDOW_MS = 15 * MINUTE;
export const SALE_RESTORE_WINDOW_MS = 24 * HOUR;
export const REFUND_BUSINESS_DAYS = 10;
export const PAY_WINDOW_MS = 24 * HOUR;
export const SHIP_WINDOW_MS = 5 * 24 * HOUR;
export const AUTO_COMPLETE_MS = 10 * 24 * HOUR;

/** The restore window of an unpaid order, fixed at cancellation: longer during a big sale. */
export function restoreWindowFor(
  cancelledAt: number,
  saleEvents: readonly SaleEvent[],
): { endsAt: number; saleEventName: string | null } {
  const sale = activeSaleEvent(saleEvents, cancelledAt);
  return {
    endsAt: cancelledAt + (sale ? SALE_RESTORE_WINDOW_MS : RESTORE_WINDOW_MS),
    saleEventName: sale?.name ?? null,
  };
}

/** A paid order's refund lands 10 business days (UTC) after its cancellation. */
export function refundByFor(cancelledAt: number): number {
  return addBusinessDaysUtc(cancelledAt, REFUND_BUSINESS_DAYS);
}

export type NotRestorableReason =
  'window_closed' | 'refund_completed' | 'not_cancelled' | 'already_requested';

/**
 * The moment restoring stops being possible: the window's end for unpaid orders, refund-by for
 * paid ones. Undefined when the order is not cancelled or has no such limit.
 */
export function restoreDeadline(order: Order): number | undefined {
  if (order.status !== 'cancelled' && order.status !== 'restoration_requested') return undefined;
  if (order.payment.state === 'paid') return order.refundBy ?? undefined;
  return order.cancellation?.restoreWindowEndsAt ?? undefined;
}

/** Why a restore request for this order would be refused now, or null when it can be sent. */
export function whyNotRestorable(order: Order, now: number): NotRestorableReason | null {
  if (order.status === 'restoration_requested') return 'already_requested';
  if (order.status !== 'cancelled') return 'not_cancelled';
  if (order.payment.state === 'paid') {
    if (order.refundedAt !== null || order.refundBy === null || now >= order.refundBy) {
      return 'refund_completed';
    }
    return null;
  }
  const endsAt = order.cancellation?.restoreWindowEndsAt;
  if (endsAt === null || endsAt === undefined || now >= endsAt) return 'window_closed';
  return null;
}

export function isRestorable(order: Order, now: number): boolean {
  return whyNotRestorable(order, now) === null;
}
