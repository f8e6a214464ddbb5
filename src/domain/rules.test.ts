// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apply, isWeekendUtc, ordersByState, T0 } from '../test/domain-fixtures';
import { approvalHint } from './approval-hint';
import {
  cancelReasonSchema,
  countCodePoints,
  MESSAGE_CONTROL,
  MESSAGE_TOO_LONG,
  MESSAGE_TOO_SHORT,
  normalizeText,
  restoreMessageSchema,
} from './message';
import { CURRENCIES, formatMoney, minorUnitDigits, money, multiply, sum } from './money';
import {
  findReason,
  isReasonFor,
  MIXED_TEMPLATE,
  reasonLabel,
  reasonsFor,
  RESTORE_REASON_IDS,
} from './reasons';
import {
  isRestorable,
  refundByFor,
  restoreDeadline,
  restoreWindowFor,
  whyNotRestorable,
} from './restore-rules';
import { activeSaleEvent, orderSaleEvents } from './sale-events';
import {
  addBusinessDaysUtc,
  DAY,
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  fromIso,
  HOUR,
  MINUTE,
  SECOND,
  toIso,
} from './time';

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

describe('the message to the seller: line ends', () => {
  it('turns old Mac and Windows line ends into plain newlines', () => {
    expect(restoreMessageSchema.safeParse('Hello seller,\rplease restore')).toEqual({
      success: true,
      data: 'Hello seller,\nplease restore',
    });
    expect(normalizeText('\r\n  a\r\nb\rc  \r\n')).toBe('a\nb\nc');
  });

  it('words every cancel-reason error for the buyer', () => {
    const errorOf = (value: unknown) => {
      const result = cancelReasonSchema.safeParse(value);
      return result.success ? null : result.error.issues[0]!.message;
    };
    expect(cancelReasonSchema.safeParse('x'.repeat(200))).toEqual({
      success: true,
      data: 'x'.repeat(200),
    });
    expect(errorOf('x'.repeat(201))).toBe('Keep the reason to 200 characters or fewer.');
    expect(errorOf('  No  ')).toBe('Write at least 3 characters.');
    expect(errorOf('Bad\u0007 reason')).toBe(MESSAGE_CONTROL);
    expect(errorOf(null)).toBe('Choose or write a reason.');
  });

  it('words the limits as the counter shows them', () => {
    expect(MESSAGE_TOO_SHORT).toBe('Write at least 10 characters to the seller.');
    expect(MESSAGE_TOO_LONG).toBe('Keep the message to 500 characters or fewer.');
  });
});

describe('reason labels', () => {
  it('finds the label of every reason, paid or unpaid', () => {
    expect(reasonLabel('payment_resolved')).toBe('Payment issue has been resolved');
    expect(reasonLabel('want_replacement')).toBe('I want a replacement');
    expect(reasonLabel('other')).toBe('Other');
    expect(RESTORE_REASON_IDS.map(reasonLabel)).toHaveLength(7);
  });

  it('knows which reasons go with which kind of order', () => {
    expect(isReasonFor('unpaid', 'cancelled_by_mistake')).toBe(true);
    expect(isReasonFor('paid', 'cancelled_by_mistake')).toBe(false);
    expect(isReasonFor('paid', 'changed_mind')).toBe(true);
    expect(isReasonFor('unpaid', 'other')).toBe(true);
    expect(isReasonFor('paid', 'nonsense')).toBe(false);
  });
});

describe('approval hint at the edges', () => {
  it('treats exactly 4.5 with under 95% positive as medium', () => {
    expect(approvalHint({ rating: 4.5, positiveFeedbackPercent: 94.9 })).toEqual({
      likelihood: 'medium',
      text: 'Sellers rated 4.5+ with under 95% positive feedback often approve',
    });
    expect(approvalHint({ rating: 4.4, positiveFeedbackPercent: 100 }).likelihood).toBe('medium');
    expect(approvalHint({ rating: 4, positiveFeedbackPercent: 50 }).likelihood).toBe('medium');
  });
});

describe('money, in minor units', () => {
  it('knows how many minor digits each currency has', () => {
    expect(CURRENCIES.map((currency) => minorUnitDigits(currency))).toEqual([2, 2, 2, 0, 2]);
    expect(minorUnitDigits('JPY')).toBe(0);
  });

  it('formats each currency with its own formatter and locale', () => {
    expect(formatMoney(money(0, 'USD'))).toBe('$0.00');
    expect(formatMoney(money(5, 'GBP'))).toBe('£0.05');
    expect(formatMoney(money(123456, 'EUR'), 'de-DE')).toBe('1.234,56\u00a0€');
    expect(formatMoney(money(123456, 'EUR'))).toBe('€1,234.56');
    expect(formatMoney(money(123456, 'PLN'), 'pl-PL')).toBe('1234,56\u00a0zł');
    expect(formatMoney(money(500, 'JPY'))).toBe('¥500');
  });

  it('multiplies a unit price by a quantity', () => {
    expect(multiply(money(1250, 'USD'), 3)).toEqual(money(3750, 'USD'));
    expect(multiply(money(1250, 'USD'), 0)).toEqual(money(0, 'USD'));
  });

  it('accepts zero and says what was wrong with a bad amount', () => {
    expect(money(0, 'USD')).toEqual({ amountMinor: 0, currency: 'USD' });
    expect(() => money(12.5, 'USD')).toThrow(
      new RangeError('Money must be a non-negative integer of minor units, got 12.5'),
    );
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'USD')).toThrow(RangeError);
    expect(() => sum([money(1, 'GBP'), money(2, 'USD')], 'GBP')).toThrow(
      new TypeError('Cannot add USD to GBP'),
    );
    expect(sum([], 'EUR')).toEqual(money(0, 'EUR'));
  });
});

describe('time, in UTC', () => {
  it('formats a date and time with its zone', () => {
    expect(formatDateTime(Date.UTC(2026, 10, 26, 14, 5))).toBe('26 Nov 2026, 14:05 UTC');
    expect(formatDateTime(Date.UTC(2026, 11, 31, 23, 59, 59))).toBe('31 Dec 2026, 23:59 UTC');
  });

  it('formats durations to the minute, dropping minutes once days count', () => {
    expect(formatDuration(MINUTE - 1)).toBe('less than a minute');
    expect(formatDuration(MINUTE)).toBe('1 min');
    expect(formatDuration(2 * HOUR)).toBe('2 hr');
    expect(formatDuration(DAY)).toBe('1 day');
    expect(formatDuration(2 * DAY + 3 * HOUR + 15 * MINUTE)).toBe('2 days 3 hr');
    expect(formatDuration(DAY + 59 * MINUTE)).toBe('1 day');
  });

  it('counts down with hours once there is more than an hour left', () => {
    expect(formatCountdown(HOUR)).toBe('1:00:00');
    expect(formatCountdown(HOUR - 1)).toBe('1:00:00');
    expect(formatCountdown(HOUR - SECOND)).toBe('59:59');
    expect(formatCountdown(25 * HOUR + 61 * SECOND)).toBe('25:01:01');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('reads and writes ISO times, refusing anything else', () => {
    expect(toIso(T0)).toBe('2026-11-25T10:00:00.000Z');
    expect(fromIso('2026-11-25T10:00:00.000Z')).toBe(T0);
    expect(fromIso('2026-11-25T11:00:00+01:00')).toBe(T0);
    expect(() => fromIso('next Tuesday')).toThrow(new RangeError('Not an ISO time: next Tuesday'));
  });

  describe('wherever the buyer is', () => {
    const zone = process.env.TZ;
    beforeEach(() => {
      // Kiritimati is UTC+14: Friday evening in UTC is already Saturday there. (Node applies a
      // changed TZ in a forked test process, as `vitest run` uses; a worker thread keeps UTC.)
      process.env.TZ = 'Pacific/Kiritimati';
    });
    afterEach(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it('counts business days and weekends in UTC', () => {
      const fridayEvening = Date.UTC(2026, 10, 27, 20);
      expect(isWeekendUtc(fridayEvening)).toBe(false);
      expect(isWeekendUtc(Date.UTC(2026, 10, 28, 20))).toBe(true);
      expect(addBusinessDaysUtc(fridayEvening, 1)).toBe(Date.UTC(2026, 10, 30, 20));
      expect(refundByFor(fridayEvening)).toBe(Date.UTC(2026, 11, 11, 20));
    });
  });
});

describe('restore rules', () => {
  const states = ordersByState();

  it('opens a 15-minute window, or 24 hours while a sale is on, naming the sale', () => {
    const sale = { id: 'bf', name: 'Black Friday', startsAt: T0, endsAt: T0 + DAY };
    expect(restoreWindowFor(T0 - 1, [sale])).toEqual({
      endsAt: T0 - 1 + 15 * MINUTE,
      saleEventName: null,
    });
    expect(restoreWindowFor(T0, [sale])).toEqual({
      endsAt: T0 + DAY,
      saleEventName: 'Black Friday',
    });
    expect(restoreWindowFor(T0, [])).toEqual({ endsAt: T0 + 15 * MINUTE, saleEventName: null });
  });

  it('gives the moment restoring stops: the window end, or refund-by', () => {
    const { cancelledUnpaid, requestedUnpaid, cancelledPaid, requestedPaid } = states;
    expect(restoreDeadline(cancelledUnpaid)).toBe(T0 + 16 * MINUTE);
    expect(restoreDeadline(requestedUnpaid)).toBe(T0 + 16 * MINUTE);
    expect(restoreDeadline(cancelledPaid)).toBe(cancelledPaid.refundBy);
    expect(restoreDeadline(requestedPaid)).toBe(Date.UTC(2026, 11, 9, 10, 2));
    for (const state of ['unpaid', 'paid', 'shipped', 'finished', 'refunding'] as const) {
      expect(restoreDeadline(states[state])).toBeUndefined();
    }
  });

  it('says why an order cannot be restored now, or null when it can', () => {
    const { cancelledUnpaid, cancelledPaid, requestedPaid, paid } = states;
    const windowEnd = T0 + 16 * MINUTE;
    expect(whyNotRestorable(cancelledUnpaid, windowEnd - 1)).toBeNull();
    expect(whyNotRestorable(cancelledUnpaid, windowEnd)).toBe('window_closed');
    expect(whyNotRestorable(cancelledPaid, cancelledPaid.refundBy! - 1)).toBeNull();
    expect(whyNotRestorable(cancelledPaid, cancelledPaid.refundBy!)).toBe('refund_completed');
    expect(whyNotRestorable(requestedPaid, T0)).toBe('already_requested');
    expect(whyNotRestorable(paid, T0)).toBe('not_cancelled');
    expect(isRestorable(cancelledUnpaid, windowEnd - 1)).toBe(true);
    expect(isRestorable(cancelledUnpaid, windowEnd)).toBe(false);
    expect(isRestorable(paid, T0)).toBe(false);
  });

  it('closes an order whose refund was recorded, even for a clock that is behind', () => {
    const { cancelledPaid } = states;
    const refundBy = cancelledPaid.refundBy!;
    const landed = apply(cancelledPaid, [[{ type: 'refundByPasses' }, refundBy]]);
    // The buyer's clock says a minute before refund-by, but the refund has landed.
    expect(whyNotRestorable(landed, refundBy - MINUTE)).toBe('refund_completed');
    expect(whyNotRestorable(cancelledPaid, refundBy - MINUTE)).toBeNull();
  });
});

describe('sale events in order', () => {
  const current = { id: 'c', name: 'Now', startsAt: 100, endsAt: 200 };
  const soon = { id: 's', name: 'Soon', startsAt: 300, endsAt: 400 };
  const later = { id: 'l', name: 'Later', startsAt: 500, endsAt: 600 };
  const lastWeek = { id: 'w', name: 'Last week', startsAt: 0, endsAt: 50 };
  const yesterday = { id: 'y', name: 'Yesterday', startsAt: 10, endsAt: 90 };

  it('puts the current sale first, upcoming ones by start, past ones newest first', () => {
    const events = [lastWeek, later, yesterday, soon, current];
    expect(orderSaleEvents(events, 150).map((event) => event.id)).toEqual([
      'c',
      's',
      'l',
      'y',
      'w',
    ]);
  });

  it('counts a sale as current from its start, and past from its end', () => {
    expect(orderSaleEvents([soon, current], 100).map((event) => event.id)).toEqual(['c', 's']);
    expect(orderSaleEvents([current, soon], 200).map((event) => event.id)).toEqual(['s', 'c']);
    expect(orderSaleEvents([current, soon], 99).map((event) => event.id)).toEqual(['c', 's']);
    expect(orderSaleEvents([soon, lastWeek], 300).map((event) => event.id)).toEqual(['s', 'w']);
  });

  it('breaks ties by id', () => {
    const twinB = { ...soon, id: 'b' };
    const twinA = { ...soon, id: 'a' };
    expect(orderSaleEvents([twinB, twinA], 0).map((event) => event.id)).toEqual(['a', 'b']);
  });
});
