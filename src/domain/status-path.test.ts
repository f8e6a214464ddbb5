// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apply, newOrder, ordersByState, T0 } from '../test/domain-fixtures';
import type { Order } from './order';
import { statusPath } from './status-path';
import { DAY } from './time';

const states = ordersByState();
/** 9 Dec 2026, 10:02 UTC: 10 business days after the paid fixture was cancelled. */
const REFUND_BY = Date.UTC(2026, 11, 9, 10, 2);

describe('statusPath: the steps an order has been through, for the step indicator', () => {
  it.each([
    ['unpaid', ['unpaid']],
    ['paid', ['unpaid', 'paid']],
    ['shipped', ['unpaid', 'paid', 'shipped']],
    ['finished', ['unpaid', 'paid', 'shipped', 'finished']],
    ['cancelledUnpaid', ['unpaid', 'cancelled']],
    ['cancelledPaid', ['unpaid', 'paid', 'cancelled']],
    ['requestedUnpaid', ['unpaid', 'cancelled', 'restoration_requested']],
    ['requestedPaid', ['unpaid', 'paid', 'cancelled', 'restoration_requested']],
    ['refunding', ['unpaid', 'paid', 'cancelled', 'restoration_requested', 'refunding']],
  ] as const)('%s: %j', (state, expected) => {
    expect(statusPath(states[state])).toEqual(expected);
  });

  it('finishes a shipped order the platform completed', () => {
    const { shipped } = states;
    const completed = apply(shipped, [[{ type: 'autoComplete' }, shipped.completesAt!]]);
    expect(statusPath(completed)).toEqual(['unpaid', 'paid', 'shipped', 'finished']);
  });

  it('finishes a refunding order once the refund lands', () => {
    const landed = apply(states.refunding, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(statusPath(landed)).toEqual([
      'unpaid',
      'paid',
      'cancelled',
      'restoration_requested',
      'refunding',
      'finished',
    ]);
  });

  it('keeps a cancelled order cancelled when its refund lands', () => {
    const landed = apply(states.cancelledPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(statusPath(landed)).toEqual(['unpaid', 'paid', 'cancelled']);
    const closed = apply(states.requestedPaid, [[{ type: 'refundByPasses' }, REFUND_BY]]);
    expect(statusPath(closed)).toEqual([
      'unpaid',
      'paid',
      'cancelled',
      'restoration_requested',
      'cancelled',
    ]);
  });

  it('goes back to cancelled when a request is withdrawn or declined', () => {
    const withdrawn = apply(states.requestedUnpaid, [{ type: 'withdrawRequest' }]);
    expect(statusPath(withdrawn)).toEqual([
      'unpaid',
      'cancelled',
      'restoration_requested',
      'cancelled',
    ]);
    const declined = apply(states.requestedPaid, [{ type: 'decline', note: 'Sold out' }]);
    expect(statusPath(declined)).toEqual([
      'unpaid',
      'paid',
      'cancelled',
      'restoration_requested',
      'cancelled',
    ]);
  });

  it('shows each request when the buyer withdrew one and asked again', () => {
    const again = apply(states.requestedUnpaid, [
      { type: 'withdrawRequest' },
      { type: 'requestRestore', reason: 'other', message: 'Sorry, I do want it' },
    ]);
    expect(statusPath(again)).toEqual([
      'unpaid',
      'cancelled',
      'restoration_requested',
      'cancelled',
      'restoration_requested',
    ]);
  });

  it('follows a restored unpaid order through payment', () => {
    const restored = apply(states.requestedUnpaid, [{ type: 'accept' }, { type: 'pay' }]);
    expect(statusPath(restored)).toEqual([
      'unpaid',
      'cancelled',
      'restoration_requested',
      'unpaid',
      'paid',
    ]);
  });

  it('matches each acceptance with its own request, skipping declined ones', () => {
    const order = apply(states.requestedPaid, [
      { type: 'decline', note: 'Not this time' },
      { type: 'requestRestore', reason: 'want_replacement', message: 'Please reconsider' },
      { type: 'acceptWithReplacement' },
      { type: 'ship' },
    ]);
    expect(statusPath(order)).toEqual([
      'unpaid',
      'paid',
      'cancelled',
      'restoration_requested',
      'cancelled',
      'restoration_requested',
      'paid',
      'shipped',
    ]);
  });

  it('tells a replacement from a refund when an order was restored twice', () => {
    const replaced = apply(states.requestedPaid, [{ type: 'acceptWithReplacement' }]);
    const again = apply(replaced, [
      [{ type: 'shipByPasses' }, replaced.shipBy!],
      [
        { type: 'requestRestore', reason: 'changed_mind', message: 'Please restore it' },
        replaced.shipBy! + DAY,
      ],
      [{ type: 'acceptWithRefund' }, replaced.shipBy! + 2 * DAY],
    ]);
    const landed = apply(again, [[{ type: 'refundByPasses' }, again.refundBy!]]);
    expect(statusPath(landed)).toEqual([
      'unpaid',
      'paid',
      'cancelled',
      'restoration_requested',
      'paid',
      'cancelled',
      'restoration_requested',
      'refunding',
      'finished',
    ]);
  });

  it('ends with the current status even when the timeline does not show it', () => {
    const { paid } = states;
    const placedOnly: Order = { ...paid, timeline: paid.timeline.slice(0, 1) };
    expect(statusPath(placedOnly)).toEqual(['unpaid', 'paid']);
    expect(statusPath({ ...newOrder(T0), timeline: [] })).toEqual(['unpaid']);
  });
});
