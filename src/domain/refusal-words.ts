/**
 * Why an order cannot be restored, in the buyer's words, keyed by refusal code: the one home of
 * these sentences. The restore dialog and its summary read them, and so does the mock backend (for
 * its problem answers), which may import `src/domain` but not the features.
 */
import type { RefusalCode } from './restore-rules';

export type RefusalWords = {
  /** The problem answer's `title`. */
  readonly title: string;
  /** A few words, for the summary lines and the list of orders that will not be sent. */
  readonly short: string;
  /** What the dialog says when the one order it was opened for cannot be restored. */
  readonly sentence: string;
};

export const REFUSAL_WORDS: Readonly<Record<RefusalCode, RefusalWords>> = {
  ALREADY_REQUESTED: {
    title: 'Restoration already requested',
    short: 'already requested',
    sentence: 'You have already asked the seller to restore this order.',
  },
  RESTORE_WINDOW_CLOSED: {
    title: 'Restore window closed',
    short: 'restore window closed',
    sentence:
      'The restore window for this order has closed, so it can no longer be restored. You can buy the items again instead.',
  },
  REFUND_COMPLETED: {
    title: 'Refund already completed',
    short: 'refund already completed',
    sentence: 'The refund for this order has been completed, so it can no longer be restored.',
  },
  INVALID_TRANSITION: {
    title: 'Not possible for this order now',
    short: 'no longer cancelled',
    sentence: 'This order can no longer be restored.',
  },
};

/** The machine's refusal of a restore request (the problem answer's `detail`). */
export const RESTORE_REFUSAL_DETAILS: Readonly<
  Record<Exclude<RefusalCode, 'INVALID_TRANSITION'>, string>
> = {
  ALREADY_REQUESTED:
    'You have already asked the seller to restore this order. Wait for their answer or withdraw the request.',
  RESTORE_WINDOW_CLOSED:
    'The time to restore this unpaid order has run out. You can buy the items again.',
  REFUND_COMPLETED:
    'The refund for this order has been completed, so it can no longer be restored. You can buy the items again.',
};
