/**
 * What the seeded buyers and sellers wrote: their own words, in English, stored as data and shown
 * as written (product.md §10). The app's own sentences live in its language catalogs.
 */
import type { RestoreReasonId } from '../src/domain/reasons';

/** A seeded buyer's message to the seller, by the reason they chose. */
export const BUYER_MESSAGES: Readonly<Record<RestoreReasonId, string>> = {
  payment_resolved:
    'Hi! My card was declined but my bank has fixed it now. Please restore the order and I will pay straight away.',
  cancelled_by_mistake:
    'Hello, I pressed cancel by accident. I still want this order, could you restore it please?',
  still_want_item:
    'Hi, I really still want this item. Could you restore my order so I can finish buying it? Thanks.',
  product_issue:
    'Hello, if the problem with the product can be fixed I would like to keep my order. Could you restore it?',
  changed_mind:
    'Hi, I have changed my mind and would like the order after all. Please restore it if you can.',
  want_replacement:
    'Hello, I would rather receive a replacement than the refund. Could you send one instead?',
  other: 'Hello, I would like to go on with this order. Could you restore it, please? Thank you.',
};

/** Why seeded buyers cancelled. */
export const BUYER_CANCEL_WORDS = [
  'I ordered by mistake',
  'I found a better price elsewhere',
  'I want to change the delivery address',
  'The delivery takes too long',
  'The seller asked me to cancel',
] as const;

/** Why seeded sellers cancelled. */
export const SELLER_CANCEL_WORDS = [
  'Out of stock',
  'Cannot ship to your address',
  'Price listed in error',
  'Item damaged in the warehouse',
] as const;
