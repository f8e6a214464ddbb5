import type { ProblemCode } from '../../api/contract';
import { formatCount } from '../../domain/count';
import { MESSAGE_MAX } from '../../domain/message';
import type { OrderKind } from '../../domain/reasons';
import { REFUSAL_WORDS } from '../../domain/refusal-words';
import { isRefusalCode, type RefusalCode } from '../../domain/restore-rules';

/** The few words for the answers that are not refusals (those are in `REFUSAL_WORDS`). */
const OTHER_OUTCOME_WORDS: Readonly<Record<Exclude<ProblemCode, RefusalCode> | 'NETWORK', string>> =
  {
    NOT_FOUND: 'order not found',
    VALIDATION_FAILED: 'not accepted',
    IDEMPOTENCY_KEY_REQUIRED: 'not accepted',
    IDEMPOTENCY_KEY_REUSED: 'not accepted',
    SERVICE_UNAVAILABLE: 'the service was busy',
    NETWORK: 'no answer from the server',
  };

/** Why an order was not restored, in a few words for the summary lines. */
export function outcomeWords(code: ProblemCode | 'NETWORK'): string {
  return isRefusalCode(code) ? REFUSAL_WORDS[code].short : OTHER_OUTCOME_WORDS[code];
}

/** The dialog's title while a selection is checked before it can be restored. */
export function checkingWords(selected: number): string {
  return `Checking ${formatCount(selected)} selected ${selected === 1 ? 'order' : 'orders'}…`;
}

/** The reason fields' labels when a selection mixes both kinds (otherwise just "Reason"). */
export const REASON_LABELS: Readonly<Record<OrderKind, string>> = {
  unpaid: 'Reason for unpaid orders',
  paid: 'Reason for paid orders',
};

/** Under the message: how long it is, and what to write. */
export function messageHint(length: number, orders: number): string {
  return `${formatCount(length)} / ${MESSAGE_MAX} characters · Explain politely why you want the ${orders === 1 ? 'order' : 'orders'} back.`;
}

/** When, checked again just before sending, none of the orders can be restored any more. */
export function nothingSentWords(oneAlreadyRequested: boolean): string {
  return oneAlreadyRequested
    ? 'You have already asked the seller to restore this order (perhaps in another tab), so nothing was sent.'
    : 'None of these orders can be restored any more, so nothing was sent.';
}
