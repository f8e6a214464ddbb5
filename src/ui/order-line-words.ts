/**
 * The lines an order's card (My Orders) and its record (Order details) both say: when it was
 * placed, and its deadline. Each sentence once.
 */
import { formatMoney, type Money } from '../domain/money';
import { formatDate, formatDateTime } from '../domain/time';

/** "Placed 26 Nov 2026, 14:05 UTC". */
export function placedText(placedAt: number): string {
  return `Placed ${formatDateTime(placedAt)}`;
}

/** The record's line; the card says "Pay within 12:41 · by …" around a live countdown. */
export function payByText(payBy: number): string {
  return `Pay by ${formatDateTime(payBy)}`;
}

export function shipByText(shipBy: number): string {
  return `The seller ships by ${formatDate(shipBy)}`;
}

/** The card's line: when it was shipped, and when it completes by itself. */
export function shippedText(shippedAt: number | null, completesAt: number | null): string {
  const shipped = `Shipped ${shippedAt !== null ? formatDate(shippedAt) : ''}`;
  return completesAt === null
    ? shipped
    : `${shipped} · completes automatically on ${formatDate(completesAt)}`;
}

/** The record's line (it gives the shipping date in its timeline). */
export function completesText(completesAt: number): string {
  return `Completes automatically on ${formatDate(completesAt)}`;
}

export function refundText(total: Money, refundBy: number): string {
  return `Refund of ${formatMoney(total)} by ${formatDate(refundBy)}`;
}

export function finishedText(finishedAt: number): string {
  return `Finished ${formatDate(finishedAt)}`;
}
