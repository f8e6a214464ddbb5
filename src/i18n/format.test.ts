import { i18n } from '@lingui/core';
import { afterEach, describe, expect, it } from 'vitest';
import { money } from '../domain/money';
import {
  formatCount,
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
} from './format';

const english = i18n.locale;
function inLocale(locale: string) {
  i18n.activate(locale);
}
afterEach(() => i18n.activate(english));

// 2026-12-09 15:30 UTC: the next day in Tokyo (UTC+9), the same day in Los Angeles (UTC−8).
const LATE_UTC = Date.UTC(2026, 11, 9, 15, 30);
// 2026-12-09 07:30 UTC: still the day before in Los Angeles.
const EARLY_UTC = Date.UTC(2026, 11, 9, 7, 30);

describe('dates in the buyer’s time zone', () => {
  it('writes the date a moment falls on where the buyer is, near midnight', () => {
    expect(formatDate(LATE_UTC, 'UTC')).toBe('Dec 9, 2026');
    expect(formatDate(LATE_UTC, 'Asia/Tokyo')).toBe('Dec 10, 2026');
    expect(formatDate(LATE_UTC, 'America/Los_Angeles')).toBe('Dec 9, 2026');
    expect(formatDate(EARLY_UTC, 'Asia/Tokyo')).toBe('Dec 9, 2026');
    expect(formatDate(EARLY_UTC, 'America/Los_Angeles')).toBe('Dec 8, 2026');
  });

  it('names the zone with every time', () => {
    expect(formatDateTime(LATE_UTC, 'UTC')).toBe('Dec 9, 2026, 3:30 PM UTC');
    expect(formatDateTime(LATE_UTC, 'Asia/Tokyo')).toBe('Dec 10, 2026, 12:30 AM GMT+9');
    expect(formatDateTime(EARLY_UTC, 'America/Los_Angeles')).toBe('Dec 8, 2026, 11:30 PM PST');
  });

  it('writes dates the way each language does', () => {
    inLocale('ja');
    expect(formatDate(LATE_UTC, 'Asia/Tokyo')).toBe('2026年12月10日');
    inLocale('es');
    expect(formatDate(LATE_UTC, 'Europe/Madrid')).toBe('9 dic 2026');
    inLocale('fr');
    expect(formatDate(LATE_UTC, 'Europe/Paris')).toBe('9 déc. 2026');
  });
});

describe('numbers, money and countdowns by language', () => {
  it('writes counts with the language’s grouping and digits', () => {
    expect(formatCount(10_000)).toBe('10,000');
    inLocale('es');
    expect(formatCount(10_000)).toBe('10.000');
    inLocale('ar');
    expect(formatCount(10_000)).toBe('١٠٬٠٠٠');
  });

  it('writes the order’s own currency the buyer’s way', () => {
    expect(formatMoney(money(123_456, 'EUR'))).toBe('€1,234.56');
    inLocale('fr');
    expect(formatMoney(money(123_456, 'EUR')).replace(/\s/g, ' ')).toBe('1 234,56 €');
    inLocale('ja');
    expect(formatMoney(money(1_500, 'JPY'))).toBe('￥1,500');
  });

  it('counts down in the language’s digits, exactly', () => {
    expect(formatCountdown(12 * 60_000 + 41_000)).toBe('12:41');
    expect(formatCountdown(23 * 3_600_000 + 59 * 60_000 + 12_000)).toBe('23:59:12');
    expect(formatCountdown(-5)).toBe('00:00');
    inLocale('ar');
    expect(formatCountdown(12 * 60_000 + 41_000)).toBe('١٢:٤١');
  });

  it('writes durations with the language’s units', () => {
    expect(formatDuration(65 * 60_000)).toBe('1 hr 5 min');
    inLocale('ja');
    expect(formatDuration(5 * 60_000)).toBe('5 分');
  });
});

describe('money right to left', () => {
  it('isolates the currency code, so "US$" is not shown as "$US"', () => {
    inLocale('ar');
    expect(formatMoney(money(3_499, 'USD'))).toBe('\u200f٣٤٫٩٩\u00a0\u2066US$\u2069');
    inLocale('en');
    expect(formatMoney(money(3_499, 'USD'))).toBe('$34.99');
  });
});
