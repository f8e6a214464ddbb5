import type { BuyerId, OrderId, SellerId } from './ids';
import type { Money } from './money';
import type { OrderStatus } from './status';
import type { RestoreReasonId } from './reasons';

export type Actor = 'buyer' | 'seller' | 'platform';

export type LineItem = {
  readonly title: string;
  readonly variant: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  /** A path under public/, e.g. "/images/products/lamp.svg". */
  readonly image: string;
};

export type Seller = {
  readonly id: SellerId;
  readonly name: string;
  /** 0–5, one decimal. */
  readonly rating: number;
  /** 0–100, one decimal. */
  readonly positiveFeedbackPercent: number;
  readonly ratingsCount: number;
  /** How long the seller usually takes to answer: a few minutes to 3 hours. */
  readonly typicalResponseMinutes: number;
};

export type Payment =
  { readonly state: 'unpaid' } | { readonly state: 'paid'; readonly paidAt: number };

export const PLATFORM_CANCEL_REASONS = ['payment_not_received', 'not_shipped_in_time'] as const;
export type PlatformCancelReason = (typeof PLATFORM_CANCEL_REASONS)[number];

/** The seed's three causes: a buyer's and a seller's reason are their own words; the platform's a code. */
export type CancellationCause =
  | { readonly by: 'buyer'; readonly reason: string }
  | { readonly by: 'seller'; readonly reason: string }
  | { readonly by: 'platform'; readonly reason: PlatformCancelReason };

export type Cancellation = CancellationCause & {
  readonly at: number;
  /** Unpaid orders only: fixed at cancellation (15 minutes, or 24 hours during a sale). */
  readonly restoreWindowEndsAt: number | null;
  /** The sale event that was on when the order was cancelled, if any. */
  readonly saleEventName: string | null;
};

/** How a restore request ended. */
export const RESTORE_OUTCOMES = [
  'accepted',
  'accepted_replacement',
  'accepted_refund',
  'declined',
  'withdrawn',
  'refund_completed',
  'expired',
] as const;
export type RestoreOutcome = (typeof RESTORE_OUTCOMES)[number];

/** What the simulated seller will do, and when. Only the mock knows it; the API never shows it. */
export type PlannedDecision =
  | {
      readonly dueAt: number;
      readonly outcome: 'accept' | 'replace' | 'refund';
      readonly note: string;
    }
  | { readonly dueAt: number; readonly outcome: 'decline'; readonly note: string };

export type RestoreRequest = {
  readonly id: string;
  readonly reason: RestoreReasonId;
  readonly message: string;
  readonly requestedAt: number;
  /** The seller must answer by then, or the platform closes the request (outcome `expired`). */
  readonly answerBy: number;
  readonly closedAt: number | null;
  readonly outcome: RestoreOutcome | null;
  /** The seller's note with a decision, as written (null when the platform closed the request). */
  readonly note: string | null;
  readonly plannedDecision?: PlannedDecision | undefined;
};

export type TimelineKind =
  | 'placed'
  | 'paid'
  | 'shipped'
  | 'received'
  | 'completed'
  | 'cancelled'
  | 'refund_scheduled'
  | 'restore_requested'
  | 'restore_withdrawn'
  | 'restore_accepted'
  | 'restore_declined'
  | 'restore_closed'
  | 'refund_landed';

/**
 * One line of an order's record, as facts: what happened (`kind`), who did it, and what the
 * sentence needs. The UI writes the sentence in the buyer's language
 * (src/i18n/words/timeline-words.ts); the backend sends no sentences.
 */
export type TimelineEvent = {
  readonly at: number;
  readonly actor: Actor;
  readonly kind: TimelineKind;
  /** The buyer's message or the seller's note, quoted as written. */
  readonly message: string | null;
  readonly amount: Money | null;
  /** The moment the entry names: pay by (restored unpaid), ships by (replacement), refund by. */
  readonly until: number | null;
  /** `restore_requested`: the reason the buyer chose. */
  readonly reason: RestoreReasonId | null;
  /** `cancelled` by the platform: why. */
  readonly cause: PlatformCancelReason | null;
  /**
   * `restore_accepted`: how the seller accepted; `restore_closed`: why the request closed;
   * `refund_landed`: `refund_completed` when the refund ended the chance to restore the order.
   */
  readonly outcome: RestoreOutcome | null;
};

/** What the simulated seller does with a paid order. Only the mock knows it. */
export type SellerPlan = {
  /** Time from entering "paid" to shipping; null when this seller never ships it. */
  readonly shipDelayMs: number | null;
};

export type Order = {
  readonly id: OrderId;
  readonly buyerId: BuyerId;
  readonly placedAt: number;
  readonly items: readonly LineItem[];
  readonly total: Money;
  readonly seller: Seller;
  readonly payment: Payment;
  readonly status: OrderStatus;
  /** Unpaid: the order is cancelled when this passes. */
  readonly payBy: number | null;
  /** Paid: the order is cancelled when this passes unshipped. */
  readonly shipBy: number | null;
  readonly shippedAt: number | null;
  /** Shipped: the order completes itself when this passes. */
  readonly completesAt: number | null;
  /** Paid and cancelled (or refunding): the refund lands at this moment. */
  readonly refundBy: number | null;
  readonly refundedAt: number | null;
  readonly finishedAt: number | null;
  readonly cancellation: Cancellation | null;
  readonly restoreRequests: readonly RestoreRequest[];
  readonly timeline: readonly TimelineEvent[];
  /** Set on an order made with "Buy again". */
  readonly sourceOrderId: OrderId | null;
  readonly plan?: SellerPlan | undefined;
};

export type SaleEvent = {
  readonly id: string;
  readonly name: string;
  readonly startsAt: number;
  readonly endsAt: number;
};

export function pendingRequest(order: Order): RestoreRequest | undefined {
  const last = order.restoreRequests.at(-1);
  return last && last.closedAt === null ? last : undefined;
}

export function lastRequest(order: Order): RestoreRequest | undefined {
  return order.restoreRequests.at(-1);
}

export function isPaid(order: Order): boolean {
  return order.payment.state === 'paid';
}
