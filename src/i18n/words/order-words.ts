/** A cancelled order's lines: who cancelled it, and its restore line (product.md §1, §4). */
import { t } from '@lingui/core/macro';
import type { Cancellation } from '../../domain/order';
import type { RestoreLine } from '../../domain/placement';
import { MINUTE } from '../../domain/time';
import { formatCountdown, formatDate, formatDateTime, formatDuration } from '../format';

/** The line's main words, exactly as buyers and QA flows see them (in English). */
export function restoreLineText(line: RestoreLine, now: number): string {
  switch (line.kind) {
    case 'window': {
      const countdown = formatCountdown(line.endsAt - now);
      return t`Restore within ${countdown}`;
    }
    case 'refund': {
      const date = formatDate(line.refundBy);
      return t`Refund by ${date}`;
    }
    case 'requested':
      return t({ message: 'Restoration requested', context: 'restore line' });
    case 'window_closed':
      return t`Restore window closed`;
    case 'refunded': {
      const date = formatDate(line.refundedAt);
      return t`Refunded on ${date}`;
    }
    default: {
      const unknown: never = line;
      throw new TypeError(`Unknown restore line ${JSON.stringify(unknown)}`);
    }
  }
}

/** "Waiting 25 min · this seller usually answers within 45 min". */
export function requestWaitText(
  line: Extract<RestoreLine, { kind: 'requested' }>,
  now: number,
): string {
  const waited = formatDuration(now - line.requestedAt);
  const usual = formatDuration(line.typicalResponseMinutes * MINUTE);
  return t`Waiting ${waited} · this seller usually answers within ${usual}`;
}

/** "The seller has until Dec 3, 2026, 2:00 PM GMT+1 to answer" (product.md §11). */
export function answerByText(line: Extract<RestoreLine, { kind: 'requested' }>): string {
  const deadline = formatDateTime(line.answerBy);
  return t`The seller has until ${deadline} to answer`;
}

/** A request the seller left unanswered until the platform closed it. */
export function expiredText(): string {
  return t`The seller did not answer in time`;
}

/** Who cancelled, in the seed's words (product.md §1). */
export function cancellationText(cancellation: Pick<Cancellation, 'by' | 'reason'>): string {
  switch (cancellation.by) {
    case 'buyer':
      return t`You cancelled this order`;
    case 'seller':
      return t`Cancelled by the seller`;
    case 'platform':
      return cancellation.reason === 'payment_not_received'
        ? t`Cancelled automatically: payment not received in time`
        : t`Cancelled automatically: the seller did not ship in time`;
  }
}
