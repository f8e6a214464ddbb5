import type { MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { ProblemCode } from '../../api/contract';
import { MESSAGE_MAX } from '../../domain/message';
import type { OrderKind } from '../../domain/reasons';
import { refusalShort } from '../../i18n/words/refusal-words';
import { isRefusalCode, type RefusalCode } from '../../domain/restore-rules';
import { formatCount } from '../../i18n/format';

/**
 * The few words for the answers that are not refusals (those are in src/i18n/words/refusal-words.ts), read in the
 * active language each time (the getters), for a summary line such as "1 failed: <words>".
 */
const OTHER_OUTCOME_WORDS: Readonly<Record<Exclude<ProblemCode, RefusalCode> | 'NETWORK', string>> =
  {
    get NOT_FOUND() {
      return t({ message: 'order not found', comment: 'Why a restore request failed, short' });
    },
    get VALIDATION_FAILED() {
      return t({ message: 'not accepted', comment: 'Why a restore request failed, short' });
    },
    get IDEMPOTENCY_KEY_REQUIRED() {
      return t({ message: 'not accepted', comment: 'Why a restore request failed, short' });
    },
    get IDEMPOTENCY_KEY_REUSED() {
      return t({ message: 'not accepted', comment: 'Why a restore request failed, short' });
    },
    get SERVICE_UNAVAILABLE() {
      return t({ message: 'the service was busy', comment: 'Why a restore request failed, short' });
    },
    get NETWORK() {
      return t({
        message: 'no answer from the server',
        comment: 'Why a restore request failed, short',
      });
    },
  };

/** Why an order was not restored, in a few words for the summary lines. */
export function outcomeWords(code: ProblemCode | 'NETWORK'): string {
  return isRefusalCode(code) ? refusalShort(code) : OTHER_OUTCOME_WORDS[code];
}

/** The dialog's title while a selection is checked before it can be restored. */
export function checkingWords(selected: number): string {
  return plural(selected, {
    one: 'Checking # selected order…',
    other: 'Checking # selected orders…',
  });
}

/** The reason fields' labels when a selection mixes both kinds (otherwise just "Reason"). */
export const REASON_LABELS: Readonly<Record<OrderKind, MessageDescriptor>> = {
  unpaid: msg`Reason for unpaid orders`,
  paid: msg`Reason for paid orders`,
};

/** Under the message: how long it is, and what to write. */
export function messageHint(length: number, orders: number): string {
  const written = formatCount(length);
  const counter = plural(MESSAGE_MAX, {
    one: `${written} / # character`,
    other: `${written} / # characters`,
  });
  const advice = plural(orders, {
    one: 'Explain politely why you want the order back.',
    other: 'Explain politely why you want the orders back.',
  });
  return `${counter} · ${advice}`;
}

/** When, checked again just before sending, none of the orders can be restored any more. */
export function nothingSentWords(oneAlreadyRequested: boolean): string {
  return oneAlreadyRequested
    ? t`You have already asked the seller to restore this order (perhaps in another tab), so nothing was sent.`
    : t`None of these orders can be restored any more, so nothing was sent.`;
}
