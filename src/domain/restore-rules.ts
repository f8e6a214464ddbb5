/** When a cancelled order can still be restored (product.md §3). */
import type { Order, SaleEvent } from './order';
import { activeSaleEvent } from './sale-events';
import { addBusinessDaysUtc, HOUR, MINUTE } from './time';

export const RESTORE_WINDOW_MS = 15 * MINUTE;
export const SALE_RESTORE_WINDOW_MS = 24 * HOUR;
/**
 * How long a seller has to answer a restore request before the platform closes it (product.md
 * §11; AliExpress closes unanswered requests after about 48 hours).
 */
export const ANSWER_WINDOW_MS = 48 * HOUR;
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

/**
 * Why a restore request can be refused, as the API names it (the contract's enum is built from
 * this list). The buyer's words for each live in src/i18n/words/refusal-words.ts.
 */
export const REFUSAL_CODES = [
  'ALREADY_REQUESTED',
  'RESTORE_WINDOW_CLOSED',
  'REFUND_COMPLETED',
  'INVALID_TRANSITION',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export function isRefusalCode(code: string): code is RefusalCode {
  return (REFUSAL_CODES as readonly string[]).includes(code);
}

/**
 * The moment restoring stops being possible: the window's end for unpaid orders, refund-by for
 * paid ones. Undefined when the order is not cancelled or has no such limit.
 */
export function restoreDeadline(order: Order): number | undefined {
  if (order.status !== 'cancelled' && order.status !== 'restoration_requested') return undefined;
  if (order.payment.state === 'paid') return order.refundBy ?? undefined;
  return order.cancellation?.restoreWindowEndsAt ?? undefined;
}

/** Once its deadline has passed, an order is refused for this: its window closed, or its refund. */
function closedRefusal(paid: boolean): RefusalCode {
  return paid ? 'REFUND_COMPLETED' : 'RESTORE_WINDOW_CLOSED';
}

/**
 * Why a restore request for this order would be refused now, or null when it can be sent: the
 * one rule, used by the status machine, the mock's selection endpoint and the restore dialog.
 */
export function restoreRefusalFor(order: Order, now: number): RefusalCode | null {
  if (order.status === 'restoration_requested') return 'ALREADY_REQUESTED';
  if (order.status !== 'cancelled') return 'INVALID_TRANSITION';
  const paid = order.payment.state === 'paid';
  const deadline = restoreDeadline(order);
  if ((paid && order.refundedAt !== null) || deadline === undefined || now >= deadline) {
    return closedRefusal(paid);
  }
  return null;
}

/** What is known of an order's restorability at one moment (the selection endpoint's item). */
export type RestoreSnapshot = {
  readonly paid: boolean;
  /** `restoreRefusalFor` when the snapshot was taken. */
  readonly refusal: RefusalCode | null;
  /** `restoreDeadline`, or null. */
  readonly restoreBy: number | null;
};

/**
 * `restoreRefusalFor` at a later moment, for an order known only by a snapshot: the clock can
 * close it (its deadline passes), nothing else changes without a new snapshot.
 */
export function refusalSince(snapshot: RestoreSnapshot, now: number): RefusalCode | null {
  if (snapshot.refusal !== null) return snapshot.refusal;
  if (snapshot.restoreBy !== null && now >= snapshot.restoreBy) {
    return closedRefusal(snapshot.paid);
  }
  return null;
}

export type NotRestorableReason =
  'window_closed' | 'refund_completed' | 'not_cancelled' | 'already_requested';

const REASON_OF: Readonly<Record<RefusalCode, NotRestorableReason>> = {
  ALREADY_REQUESTED: 'already_requested',
  RESTORE_WINDOW_CLOSED: 'window_closed',
  REFUND_COMPLETED: 'refund_completed',
  INVALID_TRANSITION: 'not_cancelled',
};

/** `restoreRefusalFor` in the words of the placement rules (which filter shows the order). */
export function whyNotRestorable(order: Order, now: number): NotRestorableReason | null {
  const refusal = restoreRefusalFor(order, now);
  return refusal === null ? null : REASON_OF[refusal];
}

export function isRestorable(order: Order, now: number): boolean {
  return restoreRefusalFor(order, now) === null;
}
