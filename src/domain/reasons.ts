/** Restore reasons by kind of order, each with a polite, clear template (the seed's tip on communication). */
export const ORDER_KINDS = ['unpaid', 'paid'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const UNPAID_REASON_IDS = [
  'payment_resolved',
  'cancelled_by_mistake',
  'still_want_item',
  'other',
] as const;
export const PAID_REASON_IDS = [
  'product_issue',
  'changed_mind',
  'want_replacement',
  'other',
] as const;
export const RESTORE_REASON_IDS = [
  'payment_resolved',
  'cancelled_by_mistake',
  'still_want_item',
  'product_issue',
  'changed_mind',
  'want_replacement',
  'other',
] as const satisfies readonly RestoreReasonId[];

export type UnpaidReasonId = (typeof UNPAID_REASON_IDS)[number];
export type PaidReasonId = (typeof PAID_REASON_IDS)[number];
export type RestoreReasonId = UnpaidReasonId | PaidReasonId;

/**
 * The reasons offered for each kind of order, in order. Their labels and message templates are
 * the UI's words (src/i18n/words/reason-words.ts, dialog-reasons.ts).
 */
export function reasonsFor(kind: OrderKind): readonly RestoreReasonId[] {
  return kind === 'unpaid' ? UNPAID_REASON_IDS : PAID_REASON_IDS;
}

export function isReasonFor(kind: OrderKind, id: string): id is RestoreReasonId {
  return (reasonsFor(kind) as readonly string[]).includes(id);
}

/**
 * Why a buyer cancels, offered in the "Cancel order" dialog (Other lets the buyer write their own).
 * The chosen reason is sent in the buyer's words, in their language.
 */
export const BUYER_CANCEL_REASON_IDS = [
  'ordered_by_mistake',
  'better_price',
  'change_address',
  'delivery_too_long',
  'seller_asked',
] as const;
export type BuyerCancelReasonId = (typeof BUYER_CANCEL_REASON_IDS)[number];
