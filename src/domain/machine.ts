/**
 * The status machine (product.md §3): the only place an order's status changes. The mock backend
 * uses `transition` to accept or refuse every event; the UI uses `allowedEvents` to decide which
 * actions an order offers. Both are pure: time is always passed in.
 */
import type {
  Actor,
  Cancellation,
  CancellationCause,
  Order,
  PlannedDecision,
  RestoreRequest,
  SaleEvent,
  TimelineEvent,
} from './order';
import { isPaid, pendingRequest } from './order';
import { isReasonFor, type RestoreReasonId } from './reasons';
import {
  ANSWER_WINDOW_MS,
  AUTO_COMPLETE_MS,
  PAY_WINDOW_MS,
  refundByFor,
  restoreRefusalFor,
  restoreWindowFor,
  SHIP_WINDOW_MS,
  type RefusalCode,
} from './restore-rules';
import { RESTORE_REFUSAL_DETAILS } from './refusal-details';
import type { OrderStatus } from './status';

export type OrderEvent =
  // the buyer
  | { readonly type: 'pay' }
  | { readonly type: 'cancel'; readonly by: 'buyer' | 'seller'; readonly reason: string }
  | { readonly type: 'confirmReceipt' }
  | {
      readonly type: 'requestRestore';
      readonly reason: RestoreReasonId;
      readonly message: string;
      /** The simulated seller's answer, decided by the mock when the request arrives. */
      readonly plannedDecision?: PlannedDecision | undefined;
    }
  | { readonly type: 'withdrawRequest' }
  // the seller
  | { readonly type: 'ship' }
  | { readonly type: 'accept'; readonly note?: string | undefined }
  | { readonly type: 'acceptWithReplacement'; readonly note?: string | undefined }
  | { readonly type: 'acceptWithRefund'; readonly note?: string | undefined }
  | { readonly type: 'decline'; readonly note: string }
  // the platform
  | { readonly type: 'payByPasses' }
  | { readonly type: 'shipByPasses' }
  | { readonly type: 'autoComplete' }
  | { readonly type: 'refundByPasses' }
  | { readonly type: 'answerByPasses' };

export type OrderEventType = OrderEvent['type'];

export type Refusal = { readonly code: RefusalCode; readonly message: string };

export type TransitionResult =
  { readonly ok: true; readonly order: Order } | { readonly ok: false; readonly refusal: Refusal };

export type TransitionContext = { readonly saleEvents: readonly SaleEvent[] };

const NO_CONTEXT: TransitionContext = { saleEvents: [] };

/** What each event is, in a buyer's words, for refusals. */
const EVENT_WORDS: Readonly<Record<OrderEventType, string>> = {
  pay: 'paid',
  cancel: 'cancelled',
  confirmReceipt: 'confirmed as received',
  requestRestore: 'restored',
  withdrawRequest: 'withdrawn from restoration',
  ship: 'shipped',
  accept: 'restored',
  acceptWithReplacement: 'restored with a replacement',
  acceptWithRefund: 'restored with a refund',
  decline: 'declined',
  payByPasses: 'cancelled for late payment',
  shipByPasses: 'cancelled for late shipping',
  autoComplete: 'completed automatically',
  refundByPasses: 'refunded',
  answerByPasses: 'closed for want of an answer',
};

function refuse(code: RefusalCode, message: string): TransitionResult {
  return { ok: false, refusal: { code, message } };
}

function invalid(order: Order, event: OrderEvent, why?: string): TransitionResult {
  return refuse(
    'INVALID_TRANSITION',
    why ?? `An order in status ${order.status} cannot be ${EVENT_WORDS[event.type]}.`,
  );
}

type Facts = Partial<
  Pick<TimelineEvent, 'message' | 'amount' | 'until' | 'reason' | 'cause' | 'outcome'>
>;

/** A line of the record: facts only, the UI writes the sentence (src/i18n/words/timeline-words.ts). */
function entry(
  at: number,
  actor: Actor,
  kind: TimelineEvent['kind'],
  facts: Facts = {},
): TimelineEvent {
  return {
    at,
    actor,
    kind,
    message: facts.message ?? null,
    amount: facts.amount ?? null,
    until: facts.until ?? null,
    reason: facts.reason ?? null,
    cause: facts.cause ?? null,
    outcome: facts.outcome ?? null,
  };
}

function withEvents(
  order: Order,
  changes: Partial<Order>,
  ...events: TimelineEvent[]
): TransitionResult {
  return { ok: true, order: { ...order, ...changes, timeline: [...order.timeline, ...events] } };
}

function closeRequest(
  order: Order,
  now: number,
  outcome: NonNullable<RestoreRequest['outcome']>,
  note: string | null,
): readonly RestoreRequest[] {
  return order.restoreRequests.map((request) =>
    request.closedAt === null
      ? { ...request, closedAt: now, outcome, note, plannedDecision: undefined }
      : request,
  );
}

function refundScheduled(order: Order, at: number, refundBy: number): TimelineEvent {
  return entry(at, 'platform', 'refund_scheduled', { amount: order.total, until: refundBy });
}

function refundLanded(order: Order, at: number, endsRestore: boolean): TimelineEvent {
  return entry(at, 'platform', 'refund_landed', {
    amount: order.total,
    outcome: endsRestore ? 'refund_completed' : null,
  });
}

function cancel(
  order: Order,
  now: number,
  context: TransitionContext,
  cause: CancellationCause,
): TransitionResult {
  const paid = isPaid(order);
  const window = paid ? null : restoreWindowFor(now, context.saleEvents);
  const cancellation = {
    ...cause,
    at: now,
    restoreWindowEndsAt: window?.endsAt ?? null,
    saleEventName: window?.saleEventName ?? null,
  } as Cancellation;
  const refundBy = paid ? refundByFor(now) : null;
  const actor: Actor =
    cause.by === 'buyer' ? 'buyer' : cause.by === 'seller' ? 'seller' : 'platform';
  const events = [
    entry(now, actor, 'cancelled', {
      message: cause.by === 'platform' ? null : cause.reason,
      cause: cause.by === 'platform' ? cause.reason : null,
    }),
  ];
  if (refundBy !== null) events.push(refundScheduled(order, now, refundBy));
  return withEvents(
    order,
    { status: 'cancelled', payBy: null, shipBy: null, refundBy, cancellation },
    ...events,
  );
}

/** Applies one event at `now`, or refuses it with a code and a sentence a buyer can read. */
export function transition(
  order: Order,
  event: OrderEvent,
  now: number,
  context: TransitionContext = NO_CONTEXT,
): TransitionResult {
  const last = order.timeline.at(-1);
  if (last && now < last.at) {
    return invalid(order, event, 'This event is dated before the last event on the order.');
  }
  const status: OrderStatus = order.status;

  switch (event.type) {
    case 'pay': {
      if (status !== 'unpaid') return invalid(order, event);
      if (order.payBy !== null && now >= order.payBy) {
        return invalid(order, event, 'The time to pay for this order has run out.');
      }
      return withEvents(
        order,
        {
          status: 'paid',
          payment: { state: 'paid', paidAt: now },
          payBy: null,
          shipBy: now + SHIP_WINDOW_MS,
        },
        entry(now, 'buyer', 'paid', { amount: order.total }),
      );
    }

    case 'cancel': {
      if (status !== 'unpaid' && status !== 'paid') return invalid(order, event);
      return cancel(order, now, context, { by: event.by, reason: event.reason });
    }

    case 'payByPasses': {
      if (status !== 'unpaid' || order.payBy === null) return invalid(order, event);
      if (now < order.payBy) return invalid(order, event, 'The time to pay has not run out yet.');
      return cancel(order, now, context, { by: 'platform', reason: 'payment_not_received' });
    }

    case 'shipByPasses': {
      if (status !== 'paid' || order.shipBy === null) return invalid(order, event);
      if (now < order.shipBy) return invalid(order, event, 'The time to ship has not run out yet.');
      return cancel(order, now, context, { by: 'platform', reason: 'not_shipped_in_time' });
    }

    case 'ship': {
      if (status !== 'paid') return invalid(order, event);
      if (order.shipBy !== null && now >= order.shipBy) {
        return invalid(order, event, 'The time to ship this order has run out.');
      }
      return withEvents(
        order,
        { status: 'shipped', shipBy: null, shippedAt: now, completesAt: now + AUTO_COMPLETE_MS },
        entry(now, 'seller', 'shipped'),
      );
    }

    case 'confirmReceipt': {
      if (status !== 'shipped') return invalid(order, event);
      return withEvents(
        order,
        { status: 'finished', completesAt: null, finishedAt: now },
        entry(now, 'buyer', 'received'),
      );
    }

    case 'autoComplete': {
      if (status !== 'shipped' || order.completesAt === null) return invalid(order, event);
      if (now < order.completesAt)
        return invalid(order, event, 'The order is not due to complete yet.');
      return withEvents(
        order,
        { status: 'finished', completesAt: null, finishedAt: now },
        entry(now, 'platform', 'completed'),
      );
    }

    case 'requestRestore': {
      const refusal = restoreRefusalFor(order, now);
      if (refusal === 'INVALID_TRANSITION') return invalid(order, event);
      if (refusal !== null) return refuse(refusal, RESTORE_REFUSAL_DETAILS[refusal]);
      const kind = isPaid(order) ? 'paid' : 'unpaid';
      if (!isReasonFor(kind, event.reason)) {
        return invalid(order, event, `That reason is not one offered for ${kind} orders.`);
      }
      const request: RestoreRequest = {
        id: `${order.id}-${order.restoreRequests.length + 1}`,
        reason: event.reason,
        message: event.message,
        requestedAt: now,
        answerBy: now + ANSWER_WINDOW_MS,
        closedAt: null,
        outcome: null,
        note: null,
        plannedDecision: event.plannedDecision,
      };
      return withEvents(
        order,
        { status: 'restoration_requested', restoreRequests: [...order.restoreRequests, request] },
        entry(now, 'buyer', 'restore_requested', { reason: event.reason, message: event.message }),
      );
    }

    case 'withdrawRequest': {
      if (status !== 'restoration_requested' || !pendingRequest(order))
        return invalid(order, event);
      return withEvents(
        order,
        { status: 'cancelled', restoreRequests: closeRequest(order, now, 'withdrawn', null) },
        entry(now, 'buyer', 'restore_withdrawn'),
      );
    }

    case 'accept': {
      if (status !== 'restoration_requested') return invalid(order, event);
      if (isPaid(order)) {
        return invalid(order, event, 'A paid order is restored with a replacement or a refund.');
      }
      const payBy = now + PAY_WINDOW_MS;
      return withEvents(
        order,
        {
          status: 'unpaid',
          payBy,
          restoreRequests: closeRequest(order, now, 'accepted', event.note ?? null),
        },
        entry(now, 'seller', 'restore_accepted', {
          outcome: 'accepted',
          until: payBy,
          message: event.note ?? null,
        }),
      );
    }

    case 'acceptWithReplacement':
    case 'acceptWithRefund': {
      if (status !== 'restoration_requested') return invalid(order, event);
      if (!isPaid(order)) {
        return invalid(order, event, 'An unpaid order is restored as it was, to be paid again.');
      }
      if (order.refundBy === null || now >= order.refundBy) {
        return refuse('REFUND_COMPLETED', 'The refund for this order has already been completed.');
      }
      if (event.type === 'acceptWithReplacement') {
        const shipBy = now + SHIP_WINDOW_MS;
        return withEvents(
          order,
          {
            status: 'paid',
            shipBy,
            refundBy: null,
            restoreRequests: closeRequest(order, now, 'accepted_replacement', event.note ?? null),
          },
          entry(now, 'seller', 'restore_accepted', {
            outcome: 'accepted_replacement',
            until: shipBy,
            message: event.note ?? null,
          }),
        );
      }
      return withEvents(
        order,
        {
          status: 'refunding',
          restoreRequests: closeRequest(order, now, 'accepted_refund', event.note ?? null),
        },
        entry(now, 'seller', 'restore_accepted', {
          outcome: 'accepted_refund',
          until: order.refundBy,
          message: event.note ?? null,
          amount: order.total,
        }),
      );
    }

    case 'decline': {
      if (status !== 'restoration_requested') return invalid(order, event);
      return withEvents(
        order,
        { status: 'cancelled', restoreRequests: closeRequest(order, now, 'declined', event.note) },
        entry(now, 'seller', 'restore_declined', { message: event.note }),
      );
    }

    case 'refundByPasses': {
      const refundBy = order.refundBy;
      if (!isPaid(order) || refundBy === null || order.refundedAt !== null) {
        return invalid(order, event);
      }
      if (now < refundBy) return invalid(order, event, 'The refund is not due yet.');
      if (status === 'restoration_requested') {
        return withEvents(
          order,
          {
            status: 'cancelled',
            refundedAt: now,
            restoreRequests: closeRequest(order, now, 'refund_completed', null),
          },
          entry(now, 'platform', 'restore_closed', { outcome: 'refund_completed' }),
          refundLanded(order, now, false),
        );
      }
      if (status === 'refunding') {
        return withEvents(
          order,
          { status: 'finished', refundedAt: now, finishedAt: now },
          refundLanded(order, now, false),
        );
      }
      if (status === 'cancelled') {
        return withEvents(order, { refundedAt: now }, refundLanded(order, now, true));
      }
      return invalid(order, event);
    }

    case 'answerByPasses': {
      const request = status === 'restoration_requested' ? pendingRequest(order) : undefined;
      if (!request) return invalid(order, event);
      if (now < request.answerBy) {
        return invalid(order, event, 'The seller still has time to answer.');
      }
      // The order is back where it was before the request: restorable again only while its
      // own window or refund-by allows (restoreRefusalFor decides, as for any request).
      return withEvents(
        order,
        { status: 'cancelled', restoreRequests: closeRequest(order, now, 'expired', null) },
        entry(now, 'platform', 'restore_closed', { outcome: 'expired' }),
      );
    }

    default: {
      const unknown: never = event;
      throw new TypeError(`Unknown event ${JSON.stringify(unknown)}`);
    }
  }
}
