/**
 * How long an unpaid order can be restored, in words: the sale banner (Deleted Orders) and the
 * cancel dialog both say it, from the rule's own constants.
 */
import { RESTORE_WINDOW_MS, SALE_RESTORE_WINDOW_MS } from '../domain/restore-rules';
import { formatDuration, formatDurationIn } from '../domain/time';

/** The sale banner's rule: "… can be restored for 24 hours instead of 15 minutes." */
export function saleWindowText(): string {
  return `unpaid orders cancelled during the sale can be restored for ${formatDurationIn(SALE_RESTORE_WINDOW_MS, 'hour')} instead of ${formatDurationIn(RESTORE_WINDOW_MS, 'minute')}.`;
}

/** The cancel dialog's hint for an unpaid order. */
export function unpaidCancelHint(): string {
  return `You can ask the seller to restore it within ${formatDuration(RESTORE_WINDOW_MS)} (${formatDurationIn(SALE_RESTORE_WINDOW_MS, 'hour')} during a sale), from Deleted Orders.`;
}
