import { describe, expect, it } from 'vitest';
import { approvalHint } from './approval-hint';
import {
  countCodePoints,
  restoreMessageSchema,
  cancelReasonSchema,
  MESSAGE_TOO_LONG,
  MESSAGE_TOO_SHORT,
} from './message';
import { formatMoney, money, sum } from './money';
import { findReason, MIXED_TEMPLATE, reasonsFor } from './reasons';
import { activeSaleEvent, orderSaleEvents } from './sale-events';
import { formatCountdown, formatDate, formatDuration, HOUR, MINUTE } from './time';

describe('the message to the seller', () => {
  const check = (value: unknown) => restoreMessageSchema.safeParse(value);
  const errorOf = (value: unknown) => {
    const result = check(value);
    return result.success ? null : result.error.issues[0]!.message;
  };

  it('accepts 10 to 500 code points after trimming, and trims', () => {
    expect(check('  ' + 'a'.repeat(10) + '  ')).toEqual({ success: true, data: 'a'.repeat(10) });
    expect(check('a'.repeat(500)).success).toBe(true);
    expect(errorOf('a'.repeat(9))).toBe(MESSAGE_TOO_SHORT);
    expect(errorOf('     a'.repeat(2) + '    ')).toBe(MESSAGE_TOO_SHORT);
    expect(errorOf('a'.repeat(501))).toBe(MESSAGE_TOO_LONG);
  });

  it('counts an emoji as one character', () => {
    expect(countCodePoints('😀😀😀')).toBe(3);
    expect(check('😀'.repeat(500)).success).toBe(true);
    expect(check('😀'.repeat(501)).success).toBe(false);
    expect(check('😀'.repeat(9)).success).toBe(false);
  });

  it('allows newlines but no other control characters', () => {
    expect(check('Hello\nseller,\r\nplease restore').success).toBe(true);
    expect(check('Hello\nseller,\r\nplease restore')).toMatchObject({
      data: 'Hello\nseller,\nplease restore',
    });
    expect(errorOf('Hello seller\u0000 please')).toMatch(/control characters/);
    expect(errorOf('Hello seller\t please')).toMatch(/control characters/);
    expect(errorOf('Hello seller\u009b please')).toMatch(/control characters/);
  });

  it('refuses what is not a string', () => {
    expect(errorOf(42)).toBe('Write a message to the seller.');
    expect(errorOf(undefined)).toBe('Write a message to the seller.');
  });

  it('checks a cancel reason the same way, 3 to 200 characters', () => {
    expect(cancelReasonSchema.safeParse('Out').success).toBe(true);
    expect(cancelReasonSchema.safeParse('No').success).toBe(false);
    expect(cancelReasonSchema.safeParse('x'.repeat(201)).success).toBe(false);
  });
});

describe('reasons', () => {
  it("offers the seed's reasons for each kind of order, each with a template", () => {
    expect(reasonsFor('unpaid').map((reason) => reason.label)).toEqual([
      'Payment issue has been resolved',
      'I cancelled by mistake',
      'I still want the item',
      'Other',
    ]);
    expect(reasonsFor('paid').map((reason) => reason.label)).toEqual([
      'Product issue',
      'Changed mind',
      'I want a replacement',
      'Other',
    ]);
    for (const reason of [...reasonsFor('unpaid'), ...reasonsFor('paid')]) {
      expect(restoreMessageSchema.safeParse(reason.template).success).toBe(true);
    }
    expect(restoreMessageSchema.safeParse(MIXED_TEMPLATE).success).toBe(true);
    expect(findReason('unpaid', 'product_issue')).toBeUndefined();
  });
});

describe('approval hint', () => {
  it.each([
    [4.9, 98, 'high', 'Sellers rated 4.5+ usually approve'],
    [4.5, 95, 'high', 'Sellers rated 4.5+ usually approve'],
    [4.6, 90, 'medium', 'Sellers rated 4.5+ with under 95% positive feedback often approve'],
    [4.0, 92, 'medium', 'Sellers rated 4.0–4.4 often approve'],
    [3.9, 99, 'low', 'Sellers rated below 4.0 approve less often'],
  ] as const)(
    'rating %s with %s%% positive → %s',
    (rating, positiveFeedbackPercent, likelihood, text) => {
      expect(approvalHint({ rating, positiveFeedbackPercent })).toEqual({ likelihood, text });
    },
  );
});

describe('money', () => {
  it('formats integer minor units through Intl', () => {
    expect(formatMoney(money(1299, 'USD'))).toBe('$12.99');
    expect(formatMoney(money(1299, 'JPY'))).toBe('¥1,299');
    expect(formatMoney(money(100050, 'EUR'))).toBe('€1,000.50');
    expect(sum([money(1, 'GBP'), money(2, 'GBP')], 'GBP')).toEqual(money(3, 'GBP'));
  });

  it('refuses floats, negatives and mixed currencies', () => {
    expect(() => money(12.5, 'USD')).toThrow(RangeError);
    expect(() => money(-1, 'USD')).toThrow(RangeError);
    expect(() => sum([money(1, 'GBP'), money(2, 'USD')], 'GBP')).toThrow(TypeError);
  });
});

describe('time formats', () => {
  it('formats countdowns, durations and dates', () => {
    expect(formatCountdown(12 * MINUTE + 41_000)).toBe('12:41');
    expect(formatCountdown(12 * MINUTE + 40_001)).toBe('12:41');
    expect(formatCountdown(-5)).toBe('00:00');
    expect(formatCountdown(23 * HOUR + 59 * MINUTE + 12_000)).toBe('23:59:12');
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(25 * MINUTE)).toBe('25 min');
    expect(formatDuration(2 * HOUR + 5 * MINUTE)).toBe('2 hr 5 min');
    expect(formatDuration(50 * HOUR)).toBe('2 days 2 hr');
    expect(formatDate(Date.UTC(2026, 11, 9, 23, 30))).toBe('9 Dec 2026');
  });
});

describe('sale events', () => {
  const sale = { id: 's1', name: 'Singles Day', startsAt: 100, endsAt: 200 };
  const next = { id: 's2', name: 'Black Friday', startsAt: 300, endsAt: 400 };
  const past = { id: 's0', name: 'Spring Sale', startsAt: 0, endsAt: 50 };

  it('finds the sale on at a moment, start inclusive and end exclusive', () => {
    expect(activeSaleEvent([sale], 99)).toBeUndefined();
    expect(activeSaleEvent([sale], 100)).toBe(sale);
    expect(activeSaleEvent([sale], 199)).toBe(sale);
    expect(activeSaleEvent([sale], 200)).toBeUndefined();
  });

  it('lists the current sale first, then upcoming, then past', () => {
    expect(orderSaleEvents([past, next, sale], 150)).toEqual([sale, next, past]);
  });
});
