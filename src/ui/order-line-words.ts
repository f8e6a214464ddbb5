/**
 * The lines an order's card (My Orders) and its record (Order details) both say: when it was
 * placed, and its deadline. Each sentence once.
 */
import { t } from '@lingui/core/macro';
import type { Money } from '../domain/money';
import { formatDate, formatDateTime, formatMoney } from '../i18n/format';

/** "Placed 26 Nov 2026, 14:05 UTC". */
export function placedText(placedAt: number): string {
  const placedDate = formatDateTime(placedAt);
  return t`Placed ${placedDate}`;
}

/** The record's line; the card says "Pay within 12:41 · by …" around a live countdown. */
export function payByText(payBy: number): string {
  const payByDate = formatDateTime(payBy);
  return t`Pay by ${payByDate}`;
}

export function shipByText(shipBy: number): string {
  const shipByDate = formatDate(shipBy);
  return t`The seller ships by ${shipByDate}`;
}

/** The card's line: when it was shipped, and when it completes by itself. */
export function shippedText(shippedAt: number | null, completesAt: number | null): string {
  if (completesAt === null) {
    if (shippedAt === null) return t({ message: 'Shipped', context: 'order card line' });
    const shippedDate = formatDate(shippedAt);
    return t`Shipped ${shippedDate}`;
  }
  const completesDate = formatDate(completesAt);
  if (shippedAt === null) return t`Shipped · completes automatically on ${completesDate}`;
  const shippedDate = formatDate(shippedAt);
  return t`Shipped ${shippedDate} · completes automatically on ${completesDate}`;
}

/** The record's line (it gives the shipping date in its timeline). */
export function completesText(completesAt: number): string {
  const completesDate = formatDate(completesAt);
  return t`Completes automatically on ${completesDate}`;
}

export function refundText(total: Money, refundBy: number): string {
  const amount = formatMoney(total);
  const refundDate = formatDate(refundBy);
  return t`Refund of ${amount} by ${refundDate}`;
}

export function finishedText(finishedAt: number): string {
  const finishedDate = formatDate(finishedAt);
  return t`Finished ${finishedDate}`;
}
