/**
 * Brings an order up to a moment: every platform deadline and every scheduled seller action whose
 * time has come is applied through the machine, in time order. The mock's reads call this, so
 * deadlines and decisions happen when the clock passes them, never written by a read.
 */
import { transition, type OrderEvent, type TransitionContext } from './machine';
import { pendingRequest, type Order } from './order';
import { SHIP_WINDOW_MS } from './restore-rules';

type Due = { at: number; priority: number; event: OrderEvent };

function decisionEvent(order: Order): Due | undefined {
  const planned = pendingRequest(order)?.plannedDecision;
  if (!planned) return undefined;
  const note = planned.note;
  const event: OrderEvent =
    planned.outcome === 'accept'
      ? { type: 'accept', note }
      : planned.outcome === 'replace'
        ? { type: 'acceptWithReplacement', note }
        : planned.outcome === 'refund'
          ? { type: 'acceptWithRefund', note }
          : { type: 'decline', note };
  return { at: planned.dueAt, priority: 0, event };
}

/** The events scheduled for this order, due or not, earliest first. */
export function scheduledEvents(order: Order): Due[] {
  const due: Due[] = [];
  switch (order.status) {
    case 'unpaid':
      if (order.payBy !== null)
        due.push({ at: order.payBy, priority: 2, event: { type: 'payByPasses' } });
      break;
    case 'paid':
      if (order.shipBy !== null) {
        const delay = order.plan?.shipDelayMs;
        const shipAt =
          delay === null || delay === undefined ? null : order.shipBy - SHIP_WINDOW_MS + delay;
        if (shipAt !== null && shipAt < order.shipBy) {
          due.push({ at: shipAt, priority: 1, event: { type: 'ship' } });
        }
        due.push({ at: order.shipBy, priority: 2, event: { type: 'shipByPasses' } });
      }
      break;
    case 'shipped':
      if (order.completesAt !== null) {
        due.push({ at: order.completesAt, priority: 2, event: { type: 'autoComplete' } });
      }
      break;
    case 'restoration_requested': {
      const decision = decisionEvent(order);
      if (decision) due.push(decision);
      const request = pendingRequest(order);
      if (request) {
        // A seller's answer due after this moment never comes: the request is closed first.
        due.push({ at: request.answerBy, priority: 2, event: { type: 'answerByPasses' } });
      }
      if (order.refundBy !== null && order.refundedAt === null && order.payment.state === 'paid') {
        due.push({ at: order.refundBy, priority: 2, event: { type: 'refundByPasses' } });
      }
      break;
    }
    case 'refunding':
    case 'cancelled':
      if (order.refundBy !== null && order.refundedAt === null && order.payment.state === 'paid') {
        due.push({ at: order.refundBy, priority: 2, event: { type: 'refundByPasses' } });
      }
      break;
    case 'finished':
      break;
    default: {
      const unknown: never = order.status;
      throw new TypeError(`Unknown status ${String(unknown)}`);
    }
  }
  return due.sort((a, b) => a.at - b.at || a.priority - b.priority);
}

/** The order as it is at `moment`, with every event due by then applied in time order. */
export function bringUpTo(order: Order, moment: number, context?: TransitionContext): Order {
  let current = order;
  // Each applied event moves the order along its path, so the loop is short; the cap is a guard.
  steps: for (let step = 0; step < 64; step += 1) {
    for (const due of scheduledEvents(current)) {
      if (due.at > moment) break;
      const at = Math.max(due.at, current.timeline.at(-1)?.at ?? due.at);
      const result = transition(current, due.event, at, context);
      if (result.ok) {
        current = result.order;
        continue steps;
      }
    }
    return current;
  }
  return current;
}
