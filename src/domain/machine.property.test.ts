// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekendUtc, newOrder, T0 } from '../test/domain-fixtures';
import { bringUpTo } from './bring-up-to';
import { transition, type OrderEvent, type TransitionContext } from './machine';
import type { Order, PlannedDecision } from './order';
import { PAID_REASON_IDS, UNPAID_REASON_IDS } from './reasons';
import { ORDER_STATUSES } from './status';
import { DAY, HOUR, MINUTE } from './time';

const reason = fc.constantFrom(...new Set([...UNPAID_REASON_IDS, ...PAID_REASON_IDS]));

const plannedDecision: fc.Arbitrary<PlannedDecision | undefined> = fc.option(
  fc.record({
    dueAt: fc.integer({ min: T0, max: T0 + 30 * DAY }),
    outcome: fc.constantFrom('accept', 'replace', 'refund', 'decline'),
    note: fc.string({ maxLength: 20 }),
  }),
  { nil: undefined },
);

const event: fc.Arbitrary<OrderEvent> = fc.oneof(
  fc.constant({ type: 'pay' } as const),
  fc.record({
    type: fc.constant('cancel' as const),
    by: fc.constantFrom('buyer' as const, 'seller' as const),
    reason: fc.string({ minLength: 3, maxLength: 30 }),
  }),
  fc.constant({ type: 'confirmReceipt' } as const),
  fc.record({
    type: fc.constant('requestRestore' as const),
    reason,
    message: fc.string({ minLength: 10, maxLength: 40 }),
    plannedDecision,
  }),
  fc.constant({ type: 'withdrawRequest' } as const),
  fc.constant({ type: 'ship' } as const),
  fc.constant({ type: 'accept' } as const),
  fc.constant({ type: 'acceptWithReplacement' } as const),
  fc.constant({ type: 'acceptWithRefund' } as const),
  fc.record({ type: fc.constant('decline' as const), note: fc.string({ maxLength: 30 }) }),
  fc.constant({ type: 'payByPasses' } as const),
  fc.constant({ type: 'shipByPasses' } as const),
  fc.constant({ type: 'autoComplete' } as const),
  fc.constant({ type: 'refundByPasses' } as const),
);

/** Time moves forward in small steps (inside windows) and big ones (across deadlines). */
const step = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5 * MINUTE }), weight: 6 },
  { arbitrary: fc.integer({ min: 0, max: 30 * HOUR }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 15 * DAY }), weight: 1 },
);

const context: fc.Arbitrary<TransitionContext> = fc.oneof(
  fc.constant({ saleEvents: [] }),
  fc.record({
    saleEvents: fc
      .tuple(fc.integer({ min: -DAY, max: 5 * DAY }), fc.integer({ min: HOUR, max: 3 * DAY }))
      .map(([start, length]) => [
        { id: 'sale', name: 'Big Sale', startsAt: T0 + start, endsAt: T0 + start + length },
      ]),
  }),
);

/** Events that move an order along its path; a step mostly picks one the machine accepts now. */
const PATH_EVENTS: readonly OrderEvent[] = [
  { type: 'pay' },
  { type: 'cancel', by: 'buyer', reason: 'Changed my mind' },
  { type: 'cancel', by: 'seller', reason: 'Out of stock' },
  { type: 'confirmReceipt' },
  { type: 'ship' },
  { type: 'requestRestore', reason: 'payment_resolved', message: 'Paid now, please restore' },
  { type: 'requestRestore', reason: 'want_replacement', message: 'Please send it after all' },
  { type: 'withdrawRequest' },
  { type: 'accept', note: 'Restored' },
  { type: 'acceptWithReplacement' },
  { type: 'acceptWithRefund' },
  { type: 'decline', note: 'Sorry' },
];

type Step = {
  event: OrderEvent;
  pick: number;
  preferValid: boolean;
  delta: number;
  catchUp: boolean;
};

const stepArb: fc.Arbitrary<Step> = fc.record({
  event,
  pick: fc.nat(),
  preferValid: fc.boolean(),
  delta: step,
  catchUp: fc.boolean(),
});

const history = fc.record({
  steps: fc.array(stepArb, { maxLength: 25 }),
  context,
});

function checkInvariants(order: Order): void {
  expect(ORDER_STATUSES).toContain(order.status);
  const open = order.restoreRequests.filter((request) => request.closedAt === null);
  expect(open.length).toBeLessThanOrEqual(1);
  expect(open.length === 1).toBe(order.status === 'restoration_requested');
  if (open.length === 1) expect(order.restoreRequests.at(-1)!.closedAt).toBeNull();
  for (let i = 1; i < order.timeline.length; i += 1) {
    expect(order.timeline[i]!.at).toBeGreaterThanOrEqual(order.timeline[i - 1]!.at);
  }
  expect(order.total.amountMinor).toBeGreaterThanOrEqual(0);
  for (const entry of order.timeline) {
    if (entry.amount) expect(entry.amount.amountMinor).toBeGreaterThanOrEqual(0);
  }
  if (order.refundBy !== null) expect(isWeekendUtc(order.refundBy)).toBe(false);
  if (order.status === 'paid' || order.status === 'shipped' || order.status === 'refunding') {
    expect(order.payment.state).toBe('paid');
  }
  if (order.status === 'unpaid') expect(order.payBy).not.toBeNull();
  if (order.status === 'cancelled' || order.status === 'restoration_requested') {
    expect(order.cancellation).not.toBeNull();
    if (order.payment.state === 'unpaid')
      expect(order.cancellation!.restoreWindowEndsAt).not.toBeNull();
    else expect(order.refundBy).not.toBeNull();
  }
}

/** Plays a history: each step either brings the order up to its moment first (as the mock does) or not. */
function play(steps: readonly Step[], ctx: TransitionContext) {
  let order = newOrder();
  let now = T0;
  const seen: Order[] = [order];
  for (const { event: randomEvent, pick, preferValid, delta, catchUp } of steps) {
    now += delta;
    if (catchUp) order = bringUpTo(order, now, ctx);
    const valid = PATH_EVENTS.filter((candidate) => transition(order, candidate, now, ctx).ok);
    const next = preferValid && valid.length > 0 ? valid[pick % valid.length]! : randomEvent;
    const before = structuredClone(order);
    const result = transition(order, next, now, ctx);
    if (result.ok) {
      expect(result.order.timeline.length).toBeGreaterThan(order.timeline.length);
      expect(result.order.timeline.slice(0, order.timeline.length)).toEqual(order.timeline);
      order = result.order;
    } else {
      expect(order).toEqual(before);
    }
    seen.push(order);
  }
  return { order, now, seen };
}

describe('the machine under random histories', () => {
  it('keeps every invariant after every event', () => {
    fc.assert(
      fc.property(history, ({ steps, context: ctx }) => {
        const { seen } = play(steps, ctx);
        seen.forEach(checkInvariants);
      }),
      { numRuns: 400 },
    );
  });

  it('brings an order up to a moment the same way twice as once, and in steps as at once', () => {
    fc.assert(
      fc.property(history, step, step, ({ steps, context: ctx }, a, b) => {
        const { order, now } = play(steps, ctx);
        const once = bringUpTo(order, now + a + b, ctx);
        expect(bringUpTo(once, now + a + b, ctx)).toEqual(once);
        expect(bringUpTo(bringUpTo(order, now + a, ctx), now + a + b, ctx)).toEqual(once);
        checkInvariants(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a request made inside the window valid after the window closes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 * MINUTE - 1 }),
        fc.integer({ min: 0, max: 30 * DAY }),
        (inside, later) => {
          const cancelled = transition(
            newOrder(),
            { type: 'cancel', by: 'buyer', reason: 'mistake' },
            T0 + MINUTE,
          );
          if (!cancelled.ok) throw new Error('cancel refused');
          const requestedAt = T0 + MINUTE + inside;
          const requested = transition(
            cancelled.order,
            { type: 'requestRestore', reason: 'other', message: 'please restore it' },
            requestedAt,
          );
          expect(requested.ok).toBe(true);
          if (!requested.ok) return;
          for (const answer of [
            { type: 'accept' },
            { type: 'decline', note: 'no' },
            { type: 'withdrawRequest' },
          ] as const) {
            expect(transition(requested.order, answer, requestedAt + later).ok).toBe(true);
          }
        },
      ),
    );
  });
});
