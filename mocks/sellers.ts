/**
 * The simulated sellers: when they answer a restore request and how, drawn from the seed so a
 * run repeats exactly. Better rated sellers accept more often (the same odds as the hint).
 */
import { APPROVAL_ODDS, approvalHint } from '../src/domain/approval-hint';
import type { Order, PlannedDecision, SellerPlan } from '../src/domain/order';
import type { RestoreReasonId } from '../src/domain/reasons';
import { DAY, HOUR, MINUTE } from '../src/domain/time';
import { draw } from './random';
import { FORCED_ANSWER_MS, forcedOutcome, type ScenarioName } from './scenarios';

const ACCEPT_NOTES = [
  'Happy to restore it. Thank you for your patience!',
  'No problem, your order is back.',
  'Restored. Thanks for letting us know!',
];
const REPLACE_NOTES = ['We will send the item as ordered.', 'Restored; it ships within two days.'];
const REFUND_NOTES = [
  'We cannot send it again, so we are refunding you in full.',
  'Sorry, it is out of stock; your refund is on its way.',
];
const DECLINE_NOTES = [
  'Sorry, this item is no longer in stock.',
  'The price has changed, so we cannot restore this order.',
  'We are unable to ship to your address at the moment.',
];

export type DecisionInput = {
  readonly order: Order;
  readonly reason: RestoreReasonId;
  readonly requestedAt: number;
  readonly scenario: ScenarioName;
  readonly seed: number;
};

/** What the seller will answer to the order's next request, and when; nothing in `sellers-silent`. */
export function planDecision({
  order,
  reason,
  requestedAt,
  scenario,
  seed,
}: DecisionInput): PlannedDecision | undefined {
  if (scenario === 'sellers-silent') return undefined;
  const index = order.restoreRequests.length + 1;
  const paid = order.payment.state === 'paid';
  const forced = forcedOutcome(scenario);
  const roll = (what: string) => draw(seed, order.id, index, what);

  let outcome: PlannedDecision['outcome'];
  let dueAt: number;
  if (forced) {
    dueAt = requestedAt + FORCED_ANSWER_MS;
    outcome =
      forced === 'decline'
        ? 'decline'
        : paid
          ? forced === 'refund'
            ? 'refund'
            : 'replace'
          : 'accept';
  } else {
    const typical = order.seller.typicalResponseMinutes * MINUTE;
    dueAt = requestedAt + Math.max(MINUTE, Math.round(typical * (0.5 + roll('when'))));
    const accepted = roll('answer') < APPROVAL_ODDS[approvalHint(order.seller).likelihood];
    if (!accepted) outcome = 'decline';
    else if (!paid) outcome = 'accept';
    else if (reason === 'want_replacement') outcome = 'replace';
    else outcome = roll('how') < 0.5 ? 'replace' : 'refund';
  }
  const notes =
    outcome === 'accept'
      ? ACCEPT_NOTES
      : outcome === 'replace'
        ? REPLACE_NOTES
        : outcome === 'refund'
          ? REFUND_NOTES
          : DECLINE_NOTES;
  const note = notes[Math.floor(roll('note') * notes.length)]!;
  return { dueAt, outcome, note };
}

/** How long after payment this seller ships the order: usually a day or three, sometimes never. */
export function planShipping(orderKey: string, seed: number): SellerPlan {
  const roll = draw(seed, orderKey, 'ship');
  if (roll < 0.1) return { shipDelayMs: null };
  return { shipDelayMs: Math.round(6 * HOUR + roll * 3 * DAY) };
}
