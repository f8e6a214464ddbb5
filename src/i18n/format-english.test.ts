/**
 * The English the domain's old formatters wrote (src/domain/time.ts, money.ts, count.ts), now
 * written by src/i18n/format.ts: the same words and digits, with en-US dates. Zones are named
 * where a date is written; other languages and zones: format.test.ts.
 */
import { plural } from '@lingui/core/macro';
import { describe, expect, it } from 'vitest';
import { money } from '../domain/money';
import { DAY, HOUR, MINUTE, SECOND } from '../domain/time';
import {
  formatCount,
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  formatDurationIn,
  formatMoney,
} from './format';

describe('counts', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(10_000)).toBe('10,000');
  });

  it('says one or many with the plural macro that replaces count.ts plural()', () => {
    const orders = (count: number) => plural(count, { one: '# order', other: '# orders' });
    expect(orders(1)).toBe('1 order');
    expect(orders(0)).toBe('0 orders');
    expect(orders(8_525)).toBe('8,525 orders');
  });
});

describe('money', () => {
  it('formats integer minor units in the order’s own currency', () => {
    expect(formatMoney(money(1299, 'USD'))).toBe('$12.99');
    expect(formatMoney(money(1299, 'JPY'))).toBe('¥1,299');
    expect(formatMoney(money(100050, 'EUR'))).toBe('€1,000.50');
    expect(formatMoney(money(0, 'USD'))).toBe('$0.00');
    expect(formatMoney(money(5, 'GBP'))).toBe('£0.05');
    expect(formatMoney(money(123456, 'EUR'))).toBe('€1,234.56');
    expect(formatMoney(money(500, 'JPY'))).toBe('¥500');
  });
});

describe('dates and times', () => {
  it('formats a date, in the zone it is given', () => {
    expect(formatDate(Date.UTC(2026, 11, 9, 23, 30), 'UTC')).toBe('Dec 9, 2026');
  });

  it('formats a date and time with its zone', () => {
    expect(formatDateTime(Date.UTC(2026, 10, 26, 14, 5), 'UTC')).toBe('Nov 26, 2026, 2:05 PM UTC');
    expect(formatDateTime(Date.UTC(2026, 11, 31, 23, 59, 59), 'UTC')).toBe(
      'Dec 31, 2026, 11:59 PM UTC',
    );
  });
});

describe('countdowns', () => {
  it('counts down minutes and seconds, rounding up, never below zero', () => {
    expect(formatCountdown(12 * MINUTE + 41_000)).toBe('12:41');
    expect(formatCountdown(12 * MINUTE + 40_001)).toBe('12:41');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('counts down with hours once there is more than an hour left', () => {
    expect(formatCountdown(23 * HOUR + 59 * MINUTE + 12_000)).toBe('23:59:12');
    expect(formatCountdown(HOUR)).toBe('1:00:00');
    expect(formatCountdown(HOUR - 1)).toBe('1:00:00');
    expect(formatCountdown(HOUR - SECOND)).toBe('59:59');
    expect(formatCountdown(25 * HOUR + 61 * SECOND)).toBe('25:01:01');
  });
});

describe('durations', () => {
  it('formats durations to the minute, dropping minutes once days count', () => {
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(MINUTE - 1)).toBe('less than a minute');
    expect(formatDuration(MINUTE)).toBe('1 min');
    expect(formatDuration(25 * MINUTE)).toBe('25 min');
    expect(formatDuration(2 * HOUR)).toBe('2 hr');
    expect(formatDuration(2 * HOUR + 5 * MINUTE)).toBe('2 hr 5 min');
    expect(formatDuration(DAY)).toBe('1 day');
    expect(formatDuration(DAY + 59 * MINUTE)).toBe('1 day');
    expect(formatDuration(50 * HOUR)).toBe('2 days 2 hr');
    expect(formatDuration(2 * DAY + 3 * HOUR + 15 * MINUTE)).toBe('2 days 3 hr');
  });

  it('spells out a rule’s duration in one unit', () => {
    expect(formatDurationIn(24 * HOUR, 'hour')).toBe('24 hours');
    expect(formatDurationIn(15 * MINUTE, 'minute')).toBe('15 minutes');
    expect(formatDurationIn(HOUR, 'hour')).toBe('1 hour');
  });
});
