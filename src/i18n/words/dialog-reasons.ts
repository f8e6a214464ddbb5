/**
 * What the restore and cancel dialogs offer about reasons, in the buyer's language: each restore
 * reason's polite message template (the seed's tip on communication), which the buyer then edits,
 * and the buyer's reasons for cancelling. The labels are in reason-words.ts.
 */
import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import {
  BUYER_CANCEL_REASON_IDS,
  type BuyerCancelReasonId,
  type RestoreReasonId,
} from '../../domain/reasons';

const TEMPLATES: Readonly<Record<RestoreReasonId, MessageDescriptor>> = {
  payment_resolved: msg`Hello, my payment did not go through in time, but the issue has been resolved now. Could you please restore my order? I will pay right away. Thank you!`,
  cancelled_by_mistake: msg`Hello, I cancelled this order by mistake and would still like to buy it. Could you please restore it? Thank you for your help!`,
  still_want_item: msg`Hello, I still want this item. Could you please restore my order so that I can complete the purchase? Thank you!`,
  product_issue: msg`Hello, the order was cancelled because of an issue with the product. If the issue can be solved, I would like to keep my order. Could you please restore it? Thank you!`,
  changed_mind: msg`Hello, I changed my mind and would like to keep this order after all. Could you please restore it? Thank you for understanding!`,
  want_replacement: msg`Hello, I would still like to receive this item. If it is possible, please send me a replacement instead of the refund. Thank you!`,
  other: msg`Hello, I would like to continue with this order. Could you please restore it? Thank you!`,
};

const MIXED_TEMPLATE = msg`Hello, I would like to continue with my cancelled orders. Could you please restore them? I will complete any payment needed right away. Thank you for your help!`;

const BUYER_CANCEL_REASONS: Readonly<Record<BuyerCancelReasonId, MessageDescriptor>> = {
  ordered_by_mistake: msg`I ordered by mistake`,
  better_price: msg`I found a better price elsewhere`,
  change_address: msg`I want to change the delivery address`,
  delivery_too_long: msg`The delivery takes too long`,
  seller_asked: msg`The seller asked me to cancel`,
};

/** The message the dialog starts from for a reason, which the buyer then edits. */
export function reasonTemplate(id: RestoreReasonId): string {
  return i18n._(TEMPLATES[id]);
}

/** For a selection mixing unpaid and paid orders: one message that fits both. */
export function mixedTemplate(): string {
  return i18n._(MIXED_TEMPLATE);
}

/** The "Cancel order" dialog's reasons, in the order they are offered ("Other" lets the buyer write their own). */
export function buyerCancelReasons(): readonly string[] {
  return BUYER_CANCEL_REASON_IDS.map((id) => i18n._(BUYER_CANCEL_REASONS[id]));
}
