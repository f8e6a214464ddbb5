/**
 * Why an order cannot be restored, in the buyer's words, keyed by refusal code: the one home of
 * these sentences. The restore dialog and its summary read them.
 */
import { t } from '@lingui/core/macro';
import type { RefusalCode } from '../../domain/restore-rules';

/** A few words, for the summary lines and the list of orders that will not be sent. */
export function refusalShort(code: RefusalCode): string {
  switch (code) {
    case 'ALREADY_REQUESTED':
      return t`already requested`;
    case 'RESTORE_WINDOW_CLOSED':
      return t`restore window closed`;
    case 'REFUND_COMPLETED':
      return t`refund already completed`;
    case 'INVALID_TRANSITION':
      return t`no longer cancelled`;
  }
}

/** What the dialog says when the one order it was opened for cannot be restored. */
export function refusalSentence(code: RefusalCode): string {
  switch (code) {
    case 'ALREADY_REQUESTED':
      return t`You have already asked the seller to restore this order.`;
    case 'RESTORE_WINDOW_CLOSED':
      return t`The restore window for this order has closed, so it can no longer be restored. You can buy the items again instead.`;
    case 'REFUND_COMPLETED':
      return t`The refund for this order has been completed, so it can no longer be restored.`;
    case 'INVALID_TRANSITION':
      return t`This order can no longer be restored.`;
  }
}
