// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apply, isWeekendUtc, ordersByState, T0 } from '../test/domain-fixtures';
import { approvalHint } from './approval-hint';
import {
  CANCEL_REASON_RULE_WORDS,
  cancelReasonSchema,
  cancelReasonSchemaWith,
  countCodePoints,
  normalizeText,
  RESTORE_MESSAGE_RULE_WORDS,
  restoreMessageSchema,
  restoreMessageSchemaWith,
} from './message';
import { CURRENCIES, minorUnitDigits, money, multiply, sum } from './money';
import {
  BUYER_CANCEL_REASON_IDS,
  isReasonFor,
  PAID_REASON_IDS,
  reasonsFor,
  RESTORE_REASON_IDS,
  UNPAID_REASON_IDS,
} from './reasons';
import {
  isRestorable,
  refundByFor,
  restoreDeadline,
  restoreWindowFor,
  whyNotRestorable,
} from './restore-rules';
import { activeSaleEvent, orderSaleEvents } from './sale-events';
import { addBusinessDaysUtc, DAY, fromIso, MINUTE, toIso } from './time';

describe('the message to the seller', () => {
  const check = (value: unknown) => restoreMessageSchema.safeParse(value);
  const errorOf = (value: unknown) => {
    const result = check(value);
    return result.success ? null : result.error.issues[0]!.message;
  };

  it('accepts 10 to 500 code points after trimming, and trims', () => {
    expect(check('  ' + 'a'.repeat(10) + '  ')).toEqual({ success: true, data: 'a'.repeat(10) });
    expect(check('a'.repeat(500)).success).toBe(true);
    expect(errorOf('a'.repeat(9))).toBe(RESTORE_MESSAGE_RULE_WORDS.tooShort);
    expect(errorOf('     a'.repeat(2) + '    ')).toBe(RESTORE_MESSAGE_RULE_WORDS.tooShort);
    expect(errorOf('a'.repeat(501))).toBe(RESTORE_MESSAGE_RULE_WORDS.tooLong);
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
  // Their labels and templates are the UI's words: src/i18n/words/reason-words.test.ts.
  it("offers the seed's reasons for each kind of order, in order, as ids", () => {
    expect(reasonsFor('unpaid')).toEqual([
      'payment_resolved',
      'cancelled_by_mistake',
      'still_want_item',
      'other',
    ]);
    expect(reasonsFor('paid')).toEqual([
      'product_issue',
      'changed_mind',
      'want_replacement',
      'other',
    ]);
    expect(reasonsFor('unpaid')).toBe(UNPAID_REASON_IDS);
    expect(reasonsFor('paid')).toBe(PAID_REASON_IDS);
    expect([...RESTORE_REASON_IDS].sort()).toEqual(
      [...new Set([...UNPAID_REASON_IDS, ...PAID_REASON_IDS])].sort(),
    );
  });

  it("names the buyer's reasons for cancelling by id", () => {
    expect(BUYER_CANCEL_REASON_IDS).toEqual([
      'ordered_by_mistake',
      'better_price',
      'change_address',
      'delivery_too_long',
      'seller_asked',
    ]);
  });
});

describe('approval hint', () => {
  // The sentence of each band: src/i18n/words/approval-words.test.ts.
  it.each([
    [4.9, 98, 'high', 'top'],
    [4.5, 95, 'high', 'top'],
    [4.6, 90, 'medium', 'top_mixed'],
    [4.0, 92, 'medium', 'good'],
    [3.9, 99, 'low', 'fair'],
  ] as const)(
    'rating %s with %s%% positive → %s (%s)',
    (rating, positiveFeedbackPercent, likelihood, band) => {
      expect(approvalHint({ rating, positiveFeedbackPercent })).toEqual({ likelihood, band });
    },
  );
});

describe('money', () => {
  // Written for the buyer by src/i18n/format.ts (src/i18n/format-english.test.ts).
  it('adds integer minor units', () => {
    expect(sum([money(1, 'GBP'), money(2, 'GBP')], 'GBP')).toEqual(money(3, 'GBP'));
  });

  it('refuses floats, negatives and mixed currencies', () => {
    expect(() => money(12.5, 'USD')).toThrow(RangeError);
    expect(() => money(-1, 'USD')).toThrow(RangeError);
    expect(() => sum([money(1, 'GBP'), money(2, 'USD')], 'GBP')).toThrow(TypeError);
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
    expect(errorOf('Bad\u0007 reason')).toBe(
      'Remove the special control characters (line breaks are fine).',
    );
    expect(errorOf(null)).toBe('Choose or write a reason.');
  });

  it('words the limits as the counter shows them (in English, for the API)', () => {
    expect(RESTORE_MESSAGE_RULE_WORDS).toEqual({
      required: 'Write a message to the seller.',
      control: 'Remove the special control characters (line breaks are fine).',
      tooShort: 'Write at least 10 characters to the seller.',
      tooLong: 'Keep the message to 500 characters or fewer.',
    });
    expect(CANCEL_REASON_RULE_WORDS).toEqual({
      required: 'Choose or write a reason.',
      control: 'Remove the special control characters (line breaks are fine).',
      tooShort: 'Write at least 3 characters.',
      tooLong: 'Keep the reason to 200 characters or fewer.',
    });
  });

  it('builds the same rules with other words', () => {
    const words = { required: 'R', control: 'C', tooShort: 'S', tooLong: 'L' };
    const messageError = (value: unknown) => {
      const result = restoreMessageSchemaWith(words).safeParse(value);
      return result.success ? result.data : result.error.issues[0]!.message;
    };
    expect(messageError(42)).toBe('R');
    expect(messageError('Hello seller\u0000 please')).toBe('C');
    expect(messageError('a'.repeat(9))).toBe('S');
    expect(messageError('a'.repeat(501))).toBe('L');
    expect(messageError(' ' + 'a'.repeat(10) + '\r\n')).toBe('a'.repeat(10));
    const reasonError = (value: unknown) => {
      const result = cancelReasonSchemaWith(words).safeParse(value);
      return result.success ? result.data : result.error.issues[0]!.message;
    };
    expect(reasonError(null)).toBe('R');
    expect(reasonError('Bad\u0007 reason')).toBe('C');
    expect(reasonError('No')).toBe('S');
    expect(reasonError('x'.repeat(201))).toBe('L');
    expect(reasonError(' Out ')).toBe('Out');
  });
});

describe('reason ids', () => {
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
      band: 'top_mixed',
    });
    expect(approvalHint({ rating: 4.4, positiveFeedbackPercent: 100 }).band).toBe('good');
    expect(approvalHint({ rating: 4.49, positiveFeedbackPercent: 99 })).toEqual({
      likelihood: 'medium',
      band: 'good',
    });
    expect(approvalHint({ rating: 3.99, positiveFeedbackPercent: 100 }).band).toBe('fair');
    expect(approvalHint({ rating: 4.4, positiveFeedbackPercent: 100 }).likelihood).toBe('medium');
    expect(approvalHint({ rating: 4, positiveFeedbackPercent: 50 }).likelihood).toBe('medium');
  });
});

describe('money, in minor units', () => {
  it('knows how many minor digits each currency has', () => {
    expect(CURRENCIES.map((currency) => minorUnitDigits(currency))).toEqual([2, 2, 2, 0, 2]);
    expect(minorUnitDigits('JPY')).toBe(0);
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
