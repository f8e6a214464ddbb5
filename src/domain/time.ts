/**
 * Time inside the domain is epoch milliseconds; business days and dates are counted in UTC.
 * Every formatter goes through Intl, never by hand.
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

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "9 Dec 2026": a calendar date, counted in UTC like every business date. */
export function formatDate(at: number): string {
  return dateFormat.format(at);
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** "26 Nov 2026, 14:05 UTC". */
export function formatDateTime(at: number): string {
  return dateTimeFormat.format(at);
}

const twoDigits = new Intl.NumberFormat('en-US', { minimumIntegerDigits: 2, useGrouping: false });

/** A live countdown: "12:41" (minutes:seconds) under an hour, "23:59:12" above. Never negative. */
export function formatCountdown(remainingMs: number): string {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / SECOND));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const tail = `${twoDigits.format(minutes)}:${twoDigits.format(seconds)}`;
  return hours > 0 ? `${hours}:${tail}` : tail;
}

const unitFormats = {
  day: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'day', unitDisplay: 'long' }),
  hour: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour', unitDisplay: 'short' }),
  minute: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'minute', unitDisplay: 'short' }),
};
const longUnitFormats = {
  hour: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour', unitDisplay: 'long' }),
  minute: new Intl.NumberFormat('en-US', { style: 'unit', unit: 'minute', unitDisplay: 'long' }),
};
const listFormat = new Intl.ListFormat('en-US', { style: 'narrow', type: 'unit' });

/** A rough duration for people: "2 days 3 hr", "1 hr 5 min", "4 min", "less than a minute". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return 'less than a minute';
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) parts.push(unitFormats.day.format(days));
  if (hours > 0) parts.push(unitFormats.hour.format(hours));
  if (minutes > 0 && days === 0) parts.push(unitFormats.minute.format(minutes));
  return listFormat.format(parts);
}

/** A rule's duration in one unit, spelled out: "24 hours", "15 minutes". */
export function formatDurationIn(ms: number, unit: 'hour' | 'minute'): string {
  return longUnitFormats[unit].format(ms / (unit === 'hour' ? HOUR : MINUTE));
}

export function toIso(at: number): string {
  return new Date(at).toISOString();
}

export function fromIso(iso: string): number {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new RangeError(`Not an ISO time: ${iso}`);
  return at;
}
