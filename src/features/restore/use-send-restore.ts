/**
 * How a restore request is sent and retried: checked once more against the server, sent through
 * the outbox in batches (with a progress), summed up, and "Retry failed" sends the failed ones
 * again (new keys) together with the batches still queued (their own keys).
 */
import { plural, t } from '@lingui/core/macro';
import { useState } from 'react';
import type { RestoreItem } from '../../api/changes';
import type { NotSentItem, RestoreOutcome } from '../../api/outbox-entries';
import { clearDraft } from '../../api/restore-draft';
import { useRestoreOrders, type RestoreProgress } from '../../api/restore-orders';
import { holdUnload } from '../../api/unload-guard';
import type { RestoreTarget } from '../../domain/restore-target';
import { errorMessage } from '../../order-actions/error-message';
import { announce } from '../../ui/live-region';
import { restoreItems, type RestoreFormValues } from './restore-form';
import { nothingSentWords } from './restore-words';
import { blockedBy, type Candidate } from './use-restore-candidates';

export type SendPhase =
  | { step: 'form' }
  | { step: 'sending'; progress: RestoreProgress; title: string }
  | {
      step: 'summary';
      results: readonly RestoreOutcome[];
      notSent: readonly NotSentItem[];
      items: readonly RestoreItem[];
      message: string;
      title: string;
      /** The outbox entry holding the orders that got no answer yet, if any. */
      queuedEntryId: string | null;
    };

export function useSendRestore({
  target,
  candidates,
  refresh,
}: {
  target: RestoreTarget;
  candidates: readonly Candidate[] | undefined;
  refresh: () => Promise<Candidate[]>;
}) {
  const restore = useRestoreOrders();
  const [phase, setPhase] = useState<SendPhase>({ step: 'form' });
  const [submitError, setSubmitError] = useState<string | null>(null);

  /**
   * Sends `items` as a new request (new keys) and, when `resumeEntryId` is given, sends again the
   * queued batches of that earlier request with their own keys; the summary merges every answer.
   * `title` is the dialog's name when sent: it keeps it (those orders are no longer restorable).
   */
  const send = async (
    title: string,
    items: readonly RestoreItem[],
    text: string,
    notSent: readonly NotSentItem[],
    previous: readonly RestoreOutcome[] = [],
    resumeEntryId: string | null = null,
  ) => {
    setPhase({ step: 'sending', progress: { sent: 0, total: items.length }, title });
    try {
      const onProgress = (progress: RestoreProgress) =>
        setPhase({ step: 'sending', progress, title });
      const answers: RestoreOutcome[] = [];
      let queuedEntryId: string | null = null;
      if (resumeEntryId) {
        const resumed = await restore.mutateAsync({ resume: resumeEntryId, onProgress });
        answers.push(...resumed.results);
        queuedEntryId = resumed.queuedEntryId;
      }
      if (items.length > 0) {
        const fresh = await restore.mutateAsync({ items, message: text, notSent, onProgress });
        answers.push(...fresh.results);
        queuedEntryId ??= fresh.queuedEntryId;
      }
      const answered = new Map(answers.map((result) => [result.orderId, result]));
      const merged = [
        ...previous.map((result) => answered.get(result.orderId) ?? result),
        ...answers.filter(
          (result) => !previous.some((earlier) => earlier.orderId === result.orderId),
        ),
      ];
      setPhase({
        step: 'summary',
        results: merged,
        notSent,
        items: phase.step === 'summary' ? phase.items : items,
        message: text,
        title,
        queuedEntryId,
      });
      const count = (status: RestoreOutcome['status']) =>
        merged.filter((result) => result.status === status).length;
      // What was queued is kept in the outbox (and comes back as a draft if not sent after all).
      if (count('failed') === 0) clearDraft();
      const sentCount = count('sent');
      const failedCount = count('failed');
      const queuedCount = count('queued');
      announce(
        [
          plural(sentCount, { one: '# request sent', other: '# requests sent' }),
          failedCount > 0 ? plural(failedCount, { one: '# failed', other: '# failed' }) : '',
          queuedCount > 0 ? plural(queuedCount, { one: '# queued', other: '# queued' }) : '',
        ]
          .filter(Boolean)
          .join(', '),
      );
    } catch (error) {
      const reason = errorMessage(error);
      setSubmitError(
        t({
          message: `Nothing was sent: ${reason} Your message is kept; try again.`,
          comment: 'The reason is a whole sentence of its own, ending with a full stop',
        }),
      );
      setPhase({ step: 'form' });
    }
  };

  const checkAndSend = async (title: string, data: RestoreFormValues) => {
    // Restorability changes with the clock (and in other tabs): check again now.
    const fresh = await refresh().catch(() => candidates ?? []);
    const at = Date.now();
    const ready = fresh.filter((candidate) => blockedBy(candidate, at) === null);
    const notSent = fresh.flatMap((candidate) => {
      const code = blockedBy(candidate, at);
      return code ? [{ orderId: candidate.id, code }] : [];
    });
    if (ready.length === 0) {
      setSubmitError(
        nothingSentWords(target.kind === 'one' && notSent[0]?.code === 'ALREADY_REQUESTED'),
      );
      return;
    }
    const items = restoreItems(ready, data);
    if (items === null) {
      setSubmitError(t`Choose a reason for every kind of order.`);
      return;
    }
    await send(title, items, data.message, notSent);
  };

  /** The form's valid submit, sent under the dialog's current `title`. */
  const submit = async (title: string, data: RestoreFormValues) => {
    setSubmitError(null);
    // Until the request is written down in the outbox, leaving the page would lose it.
    const release = holdUnload();
    try {
      await checkAndSend(title, data);
    } finally {
      release();
    }
  };

  const retryFailed = () => {
    if (phase.step !== 'summary') return;
    const failed = new Set(
      phase.results.filter((result) => result.status === 'failed').map((result) => result.orderId),
    );
    void send(
      phase.title,
      phase.items.filter((item) => failed.has(item.orderId)),
      phase.message,
      phase.notSent,
      phase.results,
      phase.queuedEntryId,
    );
  };

  return { phase, submit, retryFailed, retrying: restore.isPending, submitError };
}
