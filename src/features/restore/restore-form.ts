/**
 * What the restore form checks: a reason for each kind of order being sent (unpaid, paid), and
 * the message by the same rule as the API contract. The draft the buyer types has this shape.
 */
import { t } from '@lingui/core/macro';
import * as z from 'zod/mini';
import type { RestoreItem } from '../../api/changes';
import type { RestoreDraft } from '../../api/restore-draft';
import { restoreMessageSchemaWith } from '../../domain/message';
import { isReasonFor, type OrderKind } from '../../domain/reasons';
import { restoreMessageWords } from '../../i18n/words/message-words';
import type { Candidate } from './use-restore-candidates';

/** A reason is asked only for the kinds of order the dialog will send. */
export function restoreFormSchema(needUnpaid: boolean, needPaid: boolean) {
  const reason = (needed: boolean) =>
    needed ? z.string().check(z.minLength(1, { error: () => t`Choose a reason.` })) : z.string();
  return z.object({
    unpaidReason: reason(needUnpaid),
    paidReason: reason(needPaid),
    // The API's rule, with its messages in the buyer's language.
    message: restoreMessageSchemaWith(restoreMessageWords()),
  });
}

export type RestoreFormSchema = ReturnType<typeof restoreFormSchema>;
export type RestoreFormInput = z.input<RestoreFormSchema>;
export type RestoreFormValues = z.output<RestoreFormSchema>;

/** The form field holding the reason for each kind of order. */
export const REASON_FIELDS = {
  unpaid: 'unpaidReason',
  paid: 'paidReason',
} as const satisfies Record<OrderKind, keyof RestoreFormValues>;

export const EMPTY_RESTORE_FORM: RestoreDraft = { message: '', unpaidReason: '', paidReason: '' };

/**
 * The items to send: each order with the reason chosen for its kind. Null when a kind among
 * them has no reason (the orders may have changed since the form was checked).
 */
export function restoreItems(
  ready: readonly Candidate[],
  values: Pick<RestoreFormValues, 'unpaidReason' | 'paidReason'>,
): RestoreItem[] | null {
  const items: RestoreItem[] = [];
  for (const candidate of ready) {
    const kind = candidate.paid ? 'paid' : 'unpaid';
    const reason = values[REASON_FIELDS[kind]];
    if (!isReasonFor(kind, reason)) return null;
    items.push({ orderId: candidate.id, reason });
  }
  return items;
}
