/**
 * The restore reasons' labels, in the buyer's language: the dialog offers them, the record names
 * the one a request gave. The domain holds only the reason ids (src/domain/reasons.ts); what the
 * dialogs alone write (each reason's message template, the reasons for cancelling) is in
 * dialog-reasons.ts, so the record does not load it.
 */
import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { RestoreReasonId } from '../../domain/reasons';

const LABELS: Readonly<Record<RestoreReasonId, MessageDescriptor>> = {
  payment_resolved: msg`Payment issue has been resolved`,
  cancelled_by_mistake: msg`I cancelled by mistake`,
  still_want_item: msg`I still want the item`,
  product_issue: msg`Product issue`,
  changed_mind: msg`Changed mind`,
  want_replacement: msg`I want a replacement`,
  other: msg({ message: 'Other', context: 'restore reason' }),
};

export function reasonLabel(id: RestoreReasonId): string {
  return i18n._(LABELS[id]);
}
