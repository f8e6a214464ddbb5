/**
 * When a restorable order is "closing soon": the Closing soon banner's orders and the
 * notification that a restore window is about to close (notifications.ts) use the same rule.
 */
import { MINUTE } from './time';

/** How long before its last moment a restorable order is "closing soon". */
export const CLOSING_SOON_MS = 5 * MINUTE;

/** A last moment to restore that has not passed and comes within `CLOSING_SOON_MS`. */
export function closesSoon(restoreBy: number, now: number): boolean {
  return now < restoreBy && restoreBy - now <= CLOSING_SOON_MS;
}

/** The items whose last moment to restore closes soon (the Closing soon banner's orders). */
export function closingSoon<T extends { readonly restoreBy: number }>(
  items: readonly T[],
  now: number,
): T[] {
  return items.filter((item) => closesSoon(item.restoreBy, now));
}
