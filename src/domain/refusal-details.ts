/**
 * The machine's refusals as a problem answer writes them (`title` and `detail`, in English, for
 * the developers reading an answer: RFC 9457). The buyer never reads these: the UI writes its own
 * sentence from the refusal's `code`, in the buyer's language (src/i18n/words/refusal-words.ts).
 */
import type { RefusalCode } from './restore-rules';

export const REFUSAL_TITLES: Readonly<Record<RefusalCode, string>> = {
  ALREADY_REQUESTED: 'Restoration already requested',
  RESTORE_WINDOW_CLOSED: 'Restore window closed',
  REFUND_COMPLETED: 'Refund already completed',
  INVALID_TRANSITION: 'Not possible for this order now',
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
