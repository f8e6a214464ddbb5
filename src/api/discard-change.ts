import { PAID_REASON_IDS, UNPAID_REASON_IDS } from '../domain/reasons';
import { outbox } from './outbox';
import { saveDraft } from './restore-draft';

const only = (ids: readonly string[], others: readonly string[]) =>
  new Set(ids.filter((id) => !others.includes(id)));
const UNPAID_ONLY = only(UNPAID_REASON_IDS, PAID_REASON_IDS);
const PAID_ONLY = only(PAID_REASON_IDS, UNPAID_REASON_IDS);

/**
 * "Don't send": the buyer gives up on a queued change. A restore request's message (and reasons)
 * become the restore dialog's draft again, so nothing typed is lost.
 */
export function discardChange(entryId: string): void {
  const entry = outbox.discard(entryId);
  if (entry?.type !== 'restore') return;
  const reasons = entry.batches.flatMap((batch) => batch.items.map((item) => item.reason));
  saveDraft({
    message: entry.message,
    unpaidReason: reasons.find((reason) => UNPAID_ONLY.has(reason)) ?? '',
    paidReason: reasons.find((reason) => PAID_ONLY.has(reason)) ?? '',
  });
}
