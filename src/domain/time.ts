/**
 * Time inside the domain is epoch milliseconds; business days are counted in UTC. Writing a time
 * down for the buyer (their language, their zone) is src/i18n/format.ts's job.
 */
import { utc } from '@date-fns/utc';
import { addBusinessDays } from 'date-fns';

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `days` business days after `from`, in UTC: Saturdays and Sundays do not count, counting starts the next day. */
export function addBusinessDaysUtc(from: number, days: number): number {
  return addBusinessDays(from, days, { in: utc }).getTime();
}

export function toIso(at: number): string {
  return new Date(at).toISOString();
}

export function fromIso(iso: string): number {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new RangeError(`Not an ISO time: ${iso}`);
  return at;
}
