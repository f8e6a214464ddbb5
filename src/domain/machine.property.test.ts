// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWeekendUtc, lastAt, newOrder, T0 } from '../test/domain-fixtures';
import { bringUpTo } from './bring-up-to';
import { transition, type OrderEvent, type TransitionContext } from './machine';
import type { Order, PlannedDecision, RestoreOutcome } from './order';
import { PAID_REASON_IDS, UNPAID_REASON_IDS } from './reasons';
import { ANSWER_WINDOW_MS } from './restore-rules';
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
  fc.constant({ type: 'answerByPasses' } as const),
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
  for (const request of order.restoreRequests) {
    expect(request.answerBy).toBe(request.requestedAt + ANSWER_WINDOW_MS);
    if (request.outcome === 'expired') {
      expect(request.closedAt).toBeGreaterThanOrEqual(request.answerBy);
      expect(request.note).toBeNull();
    }
  }
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

/** A cancelled order (unpaid or paid, maybe in a sale) and a request sent while restorable. */
const requestCase = fc.record({
  paid: fc.boolean(),
  sale: fc.boolean(),
  /** Where in the window (or before refund-by) the request is sent, as a share of it. */
  sentAt: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  /** When the planned decision falls due, after the request (or none at all). */
  decision: fc.option(
    fc.record({
      after: fc.oneof(
        fc.integer({ min: -HOUR, max: 4 * DAY }),
        fc.constantFrom(
          ANSWER_WINDOW_MS - 1,
          ANSWER_WINDOW_MS,
          ANSWER_WINDOW_MS + 1,
          ANSWER_WINDOW_MS + HOUR,
        ),
      ),
      outcome: fc.constantFrom(
        'accept' as const,
        'replace' as const,
        'refund' as const,
        'decline' as const,
      ),
    }),
    { nil: undefined },
  ),
  /** How long after answer-by (then after the first moment) the order is read. */
  later: fc.integer({ min: 0, max: 12 * DAY }),
  between: fc.integer({ min: 0, max: 12 * DAY }),
});

type RequestCase = typeof requestCase extends fc.Arbitrary<infer T> ? T : never;

const DECIDED_AS: Record<PlannedDecision['outcome'], RestoreOutcome> = {
  accept: 'accepted',
  replace: 'accepted_replacement',
  refund: 'accepted_refund',
  decline: 'declined',
};

function buildRequest({ paid, sale, sentAt, decision }: RequestCase) {
  const ctx: TransitionContext = {
    saleEvents: sale ? [{ id: 's', name: 'Sale', startsAt: T0 - DAY, endsAt: T0 + DAY }] : [],
  };
  let order = newOrder();
  let now = T0 + MINUTE;
  if (paid) {
    const result = transition(order, { type: 'pay' }, now, ctx);
    if (!result.ok) throw new Error('pay refused');
    order = result.order;
    now += HOUR;
  }
  const cancelled = transition(
    order,
    { type: 'cancel', by: 'seller', reason: 'Out of stock' },
    now,
    ctx,
  );
  if (!cancelled.ok) throw new Error('cancel refused');
  const deadline = paid
    ? cancelled.order.refundBy!
    : cancelled.order.cancellation!.restoreWindowEndsAt!;
  const requestedAt = now + Math.floor(sentAt * (deadline - now));
  const plannedDecision: PlannedDecision | undefined = decision && {
    dueAt: requestedAt + decision.after,
    outcome: decision.outcome,
    note: 'planned',
  };
  const requested = transition(
    cancelled.order,
    {
      type: 'requestRestore',
      reason: paid ? 'changed_mind' : 'still_want_item',
      message: 'Please restore it',
      plannedDecision,
    },
    requestedAt,
    ctx,
  );
  if (!requested.ok) throw new Error(`request refused: ${requested.refusal.message}`);
  return { order: requested.order, ctx, answerBy: requestedAt + ANSWER_WINDOW_MS, plannedDecision };
}

/**
 * How the request must have closed, written out from product.md §3 and §11: the seller's planned
 * answer if it is due by answer-by, fits the order and (paid) comes before refund-by; else the
 * refund if refund-by comes before answer-by; else it expired. A decline has no refund guard of
 * its own, so one due at exactly refund-by still applies (it sorts before the refund).
 */
function expectedOutcome(
  order: Order,
  answerBy: number,
  planned: PlannedDecision | undefined,
): RestoreOutcome {
  const paid = order.payment.state === 'paid';
  const refundBy = order.refundBy ?? Infinity;
  if (planned && planned.dueAt <= answerBy) {
    const applies = !paid
      ? planned.outcome === 'accept' || planned.outcome === 'decline'
      : planned.outcome === 'decline'
        ? planned.dueAt <= refundBy
        : planned.outcome !== 'accept' && planned.dueAt < refundBy;
    if (applies) return DECIDED_AS[planned.outcome];
  }
  return paid && refundBy < answerBy ? 'refund_completed' : 'expired';
}

describe("the seller's answer-by under random requests (product.md §11)", () => {
  it('never leaves a request waiting past answer-by, and closes it the one right way', () => {
    fc.assert(
      fc.property(requestCase, (input) => {
        const { order, ctx, answerBy, plannedDecision } = buildRequest(input);
        const at = answerBy + input.later;
        const later = bringUpTo(order, at, ctx);
        expect(later.status).not.toBe('restoration_requested');
        expect(later.restoreRequests).toHaveLength(1);
        const request = later.restoreRequests[0]!;
        expect(request.closedAt).not.toBeNull();
        expect(request.closedAt!).toBeLessThanOrEqual(answerBy);
        expect(request.outcome).toBe(expectedOutcome(order, answerBy, plannedDecision));
        expect([
          'expired',
          'refund_completed',
          plannedDecision && DECIDED_AS[plannedDecision.outcome],
        ]).toContain(request.outcome);
        if (request.outcome === 'expired') {
          expect(request.closedAt).toBe(answerBy);
          expect(request.note).toBeNull();
        }
        checkInvariants(later);
      }),
      { numRuns: 500 },
    );
  });

  it('brings the order up in two steps exactly as in one', () => {
    fc.assert(
      fc.property(requestCase, fc.integer({ min: -3 * DAY, max: 3 * DAY }), (input, shift) => {
        const { order, ctx, answerBy } = buildRequest(input);
        const t1 = Math.max(lastAt(order), answerBy + shift);
        const t2 = t1 + input.between;
        const once = bringUpTo(order, t2, ctx);
        expect(bringUpTo(bringUpTo(order, t1, ctx), t2, ctx)).toEqual(once);
        expect(bringUpTo(once, t2, ctx)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});

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
