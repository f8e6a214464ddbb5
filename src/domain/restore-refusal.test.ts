// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, lastAt, ordersByState, T0 } from '../test/domain-fixtures';
import { transition } from './machine';
import { isPaid } from './order';
import { REFUSAL_TITLES, RESTORE_REFUSAL_DETAILS } from './refusal-details';
import {
  REFUSAL_CODES,
  refusalSince,
  restoreDeadline,
  restoreRefusalFor,
  whyNotRestorable,
  type RefusalCode,
} from './restore-rules';
import { DAY, MINUTE } from './time';

const states = ordersByState();
const windowEnd = T0 + 16 * MINUTE;
const refundBy = states.cancelledPaid.refundBy!;
const landed = apply(states.cancelledPaid, [[{ type: 'refundByPasses' }, refundBy]]);

const CASES: ReadonlyArray<[string, keyof typeof states | 'landed', number, RefusalCode | null]> = [
  ['an unpaid order inside its window', 'cancelledUnpaid', windowEnd - 1, null],
  ['an unpaid order once its window closed', 'cancelledUnpaid', windowEnd, 'RESTORE_WINDOW_CLOSED'],
  ['a paid order before refund-by', 'cancelledPaid', refundBy - 1, null],
  ['a paid order at refund-by', 'cancelledPaid', refundBy, 'REFUND_COMPLETED'],
  ['a paid order whose refund landed', 'landed', refundBy - MINUTE, 'REFUND_COMPLETED'],
  ['an order already asked for', 'requestedUnpaid', T0, 'ALREADY_REQUESTED'],
  ['a paid order already asked for', 'requestedPaid', T0, 'ALREADY_REQUESTED'],
  ['an order that is not cancelled', 'paid', T0, 'INVALID_TRANSITION'],
  ['an order still refunding', 'refunding', T0, 'INVALID_TRANSITION'],
];

const orderOf = (name: keyof typeof states | 'landed') =>
  name === 'landed' ? landed : states[name];

describe('restoreRefusalFor: why an order cannot be restored', () => {
  it.each(CASES)('%s', (_, name, now, expected) => {
    expect(restoreRefusalFor(orderOf(name), now)).toBe(expected);
  });

  it('covers every refusal code, each with its problem title and detail', () => {
    const codes = new Set(CASES.map(([, , , code]) => code).filter((code) => code !== null));
    expect([...codes].sort()).toEqual([...REFUSAL_CODES].sort());
    for (const code of REFUSAL_CODES) expect(REFUSAL_TITLES[code]).not.toBe('');
    for (const code of REFUSAL_CODES) {
      if (code !== 'INVALID_TRANSITION') expect(RESTORE_REFUSAL_DETAILS[code]).not.toBe('');
    }
    // The buyer's words for each code: src/i18n/words/refusal-words.test.ts.
  });

  it('titles the problem answers as before (English, for developers)', () => {
    expect(REFUSAL_TITLES).toEqual({
      ALREADY_REQUESTED: 'Restoration already requested',
      RESTORE_WINDOW_CLOSED: 'Restore window closed',
      REFUND_COMPLETED: 'Refund already completed',
      INVALID_TRANSITION: 'Not possible for this order now',
    });
  });

  it('is the rule the machine applies to a restore request', () => {
    for (const [, name, now, expected] of CASES) {
      const order = orderOf(name);
      // The machine takes no event dated before the order's last one.
      if (now < lastAt(order)) continue;
      const result = transition(
        order,
        {
          type: 'requestRestore',
          reason: isPaid(order) ? 'changed_mind' : 'other',
          message: 'Please restore my order',
        },
        now,
      );
      expect(result.ok ? null : result.refusal.code).toBe(expected);
      expect(whyNotRestorable(order, now) === null).toBe(expected === null);
    }
  });

  it('gives the same answer later from a snapshot as from the order', () => {
    for (const name of Object.keys(states) as Array<keyof typeof states>) {
      const order = states[name];
      const snapshot = {
        paid: isPaid(order),
        refusal: restoreRefusalFor(order, T0),
        restoreBy: restoreDeadline(order) ?? null,
      };
      for (const later of [T0, windowEnd - 1, windowEnd, refundBy - 1, refundBy, refundBy + DAY]) {
        expect(refusalSince(snapshot, later)).toBe(restoreRefusalFor(order, later));
      }
    }
  });
});
