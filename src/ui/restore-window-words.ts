/**
 * How long an unpaid order can be restored, in words: the sale banner (Deleted Orders) and the
 * cancel dialog both say it, from the rule's own constants.
 */
import { t } from '@lingui/core/macro';
import { RESTORE_WINDOW_MS, SALE_RESTORE_WINDOW_MS } from '../domain/restore-rules';
import { formatDuration, formatDurationIn } from '../i18n/format';

/** The sale banner's rule: "… can be restored for 24 hours instead of 15 minutes." */
export function saleWindowText(): string {
  const saleWindow = formatDurationIn(SALE_RESTORE_WINDOW_MS, 'hour');
  const usualWindow = formatDurationIn(RESTORE_WINDOW_MS, 'minute');
  return t({
    comment: 'The sale banner says it after "<sale name> is on until <date>: "',
    message: `unpaid orders cancelled during the sale can be restored for ${saleWindow} instead of ${usualWindow}.`,
  });
}

/** The cancel dialog's hint for an unpaid order. */
export function unpaidCancelHint(): string {
  const restoreWindow = formatDuration(RESTORE_WINDOW_MS);
  const saleWindow = formatDurationIn(SALE_RESTORE_WINDOW_MS, 'hour');
  return t`You can ask the seller to restore it within ${restoreWindow} (${saleWindow} during a sale), from Deleted Orders.`;
}
