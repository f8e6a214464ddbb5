/**
 * Every date, number, amount and duration the buyer reads, written the way the active language
 * writes it and in the browser's time zone (the zone's name shown with every time). Business days
 * are still counted in UTC by the domain; these only write the moment down. All through Intl.
 *
 * `timeZone` is for tests and the export: left out, it is the browser's own zone.
 */
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { minorUnitDigits, type Money } from '../domain/money';
import { DAY, HOUR, MINUTE, SECOND } from '../domain/time';
import { directionOf, intlLocaleOf, isAppLocale } from './locales';

/** The Intl locale of the active language (its region from the browser: src/i18n/activate.ts). */
export function activeIntlLocale(): string {
  const locales = i18n.locales;
  const first = Array.isArray(locales) ? locales[0] : locales;
  if (first) return first;
  const locale = i18n.locale;
  return isAppLocale(locale, true) ? intlLocaleOf(locale) : 'en';
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  options: object,
  make: (locale: string) => T,
): T {
  const locale = activeIntlLocale();
  // A formatter keeps the zone it was made in: the key has the browser's current UTC offset, so a
  // buyer whose zone changes (travel, daylight saving's rules) gets a new one.
  const key = `${kind}|${locale}|${new Date().getTimezoneOffset()}|${JSON.stringify(options)}`;
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make(locale);
    cache.set(key, format);
  }
  return format;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

/** "9 Dec 2026" / "9 dic 2026" / "2026年12月9日": the buyer's calendar date of that moment. */
export function formatDate(at: number, timeZone?: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(at);
}

/** "Dec 1, 2026, 7:58 PM GMT+1": a moment, with the zone's name. */
export function formatDateTime(at: number, timeZone?: string): string {
  return dateTimeFormat({
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}

/** The browser's time zone, as the buyer reads it ("GMT+9", "PST", "UTC"). */
export function timeZoneName(at: number, timeZone?: string): string {
  const parts = dateTimeFormat({ timeZoneName: 'short', timeZone }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** The IANA name of the browser's time zone ("Asia/Tokyo"), for the export. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "10,000" / "10.000" / "١٠٬٠٠٠". */
export function formatCount(value: number): string {
  return numberFormat({}).format(value);
}

/**
 * The order's own currency, written the buyer's way. Right to left, the currency's Latin code is
 * isolated (U+2066 … U+2069), or the bidi algorithm would show "US$" as "$US".
 */
export function formatMoney(value: Money): string {
  const format = numberFormat({ style: 'currency', currency: value.currency });
  const amount = value.amountMinor / 10 ** minorUnitDigits(value.currency);
  if (!isAppLocale(i18n.locale, true) || directionOf(i18n.locale) === 'ltr') {
    return format.format(amount);
  }
  return format
    .formatToParts(amount)
    .map((part) => (part.type === 'currency' ? `\u2066${part.value}\u2069` : part.value))
    .join('');
}

/** A live countdown: "12:41" (minutes:seconds) under an hour, "23:59:12" above; never negative. */
export function formatCountdown(remainingMs: number): string {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / SECOND));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = numberFormat({ minimumIntegerDigits: 2, useGrouping: false });
  const tail = `${two.format(minutes)}:${two.format(seconds)}`;
  return hours > 0 ? `${numberFormat({ useGrouping: false }).format(hours)}:${tail}` : tail;
}

function unit(unitName: 'day' | 'hour' | 'minute', display: 'long' | 'short'): Intl.NumberFormat {
  return numberFormat({ style: 'unit', unit: unitName, unitDisplay: display });
}

/** A rough duration for people: "2 days 3 hr", "1 hr 5 min", "4 min", "less than a minute". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return t`less than a minute`;
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) parts.push(unit('day', 'long').format(days));
  if (hours > 0) parts.push(unit('hour', 'short').format(hours));
  if (minutes > 0 && days === 0) parts.push(unit('minute', 'short').format(minutes));
  const list = cached(
    'list',
    { style: 'narrow', type: 'unit' },
    (locale) => new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }),
  );
  return list.format(parts);
}

/** A rule's duration in one unit, spelled out: "24 hours", "15 minutes". */
export function formatDurationIn(ms: number, unitName: 'hour' | 'minute'): string {
  return unit(unitName, 'long').format(ms / (unitName === 'hour' ? HOUR : MINUTE));
}
