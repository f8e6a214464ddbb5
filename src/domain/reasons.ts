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

export type RestoreReason = {
  readonly id: RestoreReasonId;
  readonly label: string;
  readonly template: string;
};

const UNPAID_REASONS: readonly RestoreReason[] = [
  {
    id: 'payment_resolved',
    label: 'Payment issue has been resolved',
    template:
      'Hello, my payment did not go through in time, but the issue has been resolved now. ' +
      'Could you please restore my order? I will pay right away. Thank you!',
  },
  {
    id: 'cancelled_by_mistake',
    label: 'I cancelled by mistake',
    template:
      'Hello, I cancelled this order by mistake and would still like to buy it. ' +
      'Could you please restore it? Thank you for your help!',
  },
  {
    id: 'still_want_item',
    label: 'I still want the item',
    template:
      'Hello, I still want this item. Could you please restore my order so that I can complete ' +
      'the purchase? Thank you!',
  },
  {
    id: 'other',
    label: 'Other',
    template:
      'Hello, I would like to continue with this order. Could you please restore it? Thank you!',
  },
];

const PAID_REASONS: readonly RestoreReason[] = [
  {
    id: 'product_issue',
    label: 'Product issue',
    template:
      'Hello, the order was cancelled because of an issue with the product. If the issue can be ' +
      'solved, I would like to keep my order. Could you please restore it? Thank you!',
  },
  {
    id: 'changed_mind',
    label: 'Changed mind',
    template:
      'Hello, I changed my mind and would like to keep this order after all. ' +
      'Could you please restore it? Thank you for understanding!',
  },
  {
    id: 'want_replacement',
    label: 'I want a replacement',
    template:
      'Hello, I would still like to receive this item. If it is possible, please send me a ' +
      'replacement instead of the refund. Thank you!',
  },
  {
    id: 'other',
    label: 'Other',
    template:
      'Hello, I would like to continue with this order. Could you please restore it? Thank you!',
  },
];

/** For a selection mixing unpaid and paid orders: one message that fits both. */
export const MIXED_TEMPLATE =
  'Hello, I would like to continue with my cancelled orders. Could you please restore them? ' +
  'I will complete any payment needed right away. Thank you for your help!';

export function reasonsFor(kind: OrderKind): readonly RestoreReason[] {
  return kind === 'unpaid' ? UNPAID_REASONS : PAID_REASONS;
}

export function findReason(kind: OrderKind, id: string): RestoreReason | undefined {
  return reasonsFor(kind).find((reason) => reason.id === id);
}

export function isReasonFor(kind: OrderKind, id: string): id is RestoreReasonId {
  return findReason(kind, id) !== undefined;
}

export function reasonLabel(id: RestoreReasonId): string {
  return (findReason('unpaid', id) ?? findReason('paid', id))!.label;
}

/** Why a buyer cancels, offered in the "Cancel order" dialog (Other lets the buyer write their own). */
export const BUYER_CANCEL_REASONS = [
  'I ordered by mistake',
  'I found a better price elsewhere',
  'I want to change the delivery address',
  'The delivery takes too long',
  'The seller asked me to cancel',
] as const;

/** Why sellers cancel, in the words the seed uses. */
export const SELLER_CANCEL_REASONS = [
  'Out of stock',
  'Cannot ship to your address',
  'Price listed in error',
  'Item damaged in the warehouse',
] as const;
