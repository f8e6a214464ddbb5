/**
 * Changes the buyer made on an earlier page (before a reload, in a tab since closed) are sent
 * again at start by the outbox; when their answers arrive, the buyer is told here: a summary for
 * restore requests, a notice for the rest. The lists refresh either way.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { announceChangeToOtherTabs } from '../api/cross-tab';
import { refreshOrders, putOrder, putOrders } from '../api/order-cache';
import { outbox, startOutbox } from '../api/outbox';
import type { RunOutcome } from '../api/outbox-send';
import { withMessages } from '../i18n/activate';
import { changeDoneText, changeFailedText } from '../order-actions/change-words';
import { errorMessage } from '../order-actions/error-message';
import { pushNotice } from '../ui/notices';

const ResumedRestoreDialog = lazy(
  withMessages('later', () => import('../features/restore/resumed-restore-dialog')),
);

type Summary = Extract<RunOutcome, { type: 'restore' }>;

export function ResumedChanges() {
  const queryClient = useQueryClient();
  const [summaries, setSummaries] = useState<readonly Summary[]>([]);

  useEffect(() => {
    const stopListening = outbox.onResumed((outcome) => {
      void refreshOrders(queryClient);
      announceChangeToOtherTabs();
      if (outcome.type === 'restore') {
        setSummaries((current) => [...current, outcome]);
        return;
      }
      if (outcome.type !== 'single') return;
      const { change } = outcome.entry;
      if (outcome.result.ok) {
        putOrder(queryClient, outcome.result.order);
        pushNotice(changeDoneText(change.kind, outcome.result.order, change.orderId), 'success');
      } else {
        pushNotice(
          changeFailedText(change.kind, change.orderId, errorMessage(outcome.result.error)),
          'error',
        );
      }
    });
    const stopOutbox = startOutbox({
      // Each batch's orders as the server now has them, before the lists refresh.
      onBatch: (batch) =>
        putOrders(
          queryClient,
          batch.flatMap((result) => (result.ok ? [result.order] : [])),
        ),
    });
    return () => {
      stopListening();
      stopOutbox();
    };
  }, [queryClient]);

  const shown = summaries[0];
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <ResumedRestoreDialog
        key={shown.entry.id}
        results={shown.results}
        notSent={shown.entry.notSent}
        onClose={() => setSummaries((current) => current.slice(1))}
      />
    </Suspense>
  );
}
