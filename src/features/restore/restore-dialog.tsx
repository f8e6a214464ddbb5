/**
 * The restore dialog, for one order or a selection: it composes the loading of the orders
 * (`use-restore-candidates`), the form (`use-restore-form`, checked by `restore-form`), the send
 * and its retries (`use-send-restore`), and the summary of the answers.
 */
import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { useEffect, useId, useMemo } from 'react';
import { MAX_RESTORE_ITEMS } from '../../api/limits';
import type { OrderId } from '../../domain/ids';
import { ORDER_KINDS } from '../../domain/reasons';
import type { RestoreTarget } from '../../domain/restore-target';
import { selectedCount } from '../../domain/selection';
import { errorMessage } from '../../order-actions/error-message';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { useNow } from '../../ui/use-now';
import { MessageField } from './message-field';
import { NotRestorable } from './not-restorable';
import { OneOrder } from './one-order';
import { ReasonField } from './reason-field';
import { REASON_FIELDS } from './restore-form';
import { RestoreProgress } from './restore-progress';
import { RestoreSummary } from './restore-summary';
import { checkingWords, REASON_LABELS } from './restore-words';
import { SellerGroups } from './seller-groups';
import { blockedBy, useRestoreCandidates } from './use-restore-candidates';
import { useRestoreForm } from './use-restore-form';
import { useSendRestore } from './use-send-restore';

export default function RestoreDialog({
  target,
  onClose,
  onSent,
  fallbackFocus,
}: {
  target: RestoreTarget;
  onClose: () => void;
  /** Told, once a send's answers are in (after a retry too), which of its orders failed. */
  onSent?: (failed: readonly OrderId[]) => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const now = useNow();
  const { candidates, error: loadError, refresh } = useRestoreCandidates(target);
  const { phase, submit, retryFailed, retrying, submitError } = useSendRestore({
    target,
    candidates,
    refresh,
  });
  const ids = { unpaid: useId(), paid: useId(), message: useId() };

  const sendable = useMemo(
    () => (candidates ?? []).filter((candidate) => blockedBy(candidate, now) === null),
    [candidates, now],
  );
  const blocked = useMemo(
    () =>
      (candidates ?? []).flatMap((candidate) => {
        const code = blockedBy(candidate, now);
        return code ? [{ orderId: candidate.id, code }] : [];
      }),
    [candidates, now],
  );
  const needUnpaid = sendable.some((candidate) => !candidate.paid);
  const needPaid = sendable.some((candidate) => candidate.paid);
  const count = sendable.length;
  /** The kinds of order being sent, each asking its own reason. */
  const kinds = ORDER_KINDS.filter((kind) => (kind === 'paid' ? needPaid : needUnpaid));
  const {
    form,
    mixed,
    message,
    draftSaveFailed,
    applyTemplate,
    keptOwnMessage,
    takeSuggestedMessage,
  } = useRestoreForm({ needUnpaid, needPaid });

  // While the selection is being checked, the title says so ("Checking 23 selected orders…"),
  // not "Restore 0 orders".
  const liveTitle =
    target.kind === 'many' && candidates === undefined
      ? checkingWords(selectedCount(target.selection))
      : count === 1 || (target.kind === 'one' && count === 0)
        ? t`Restore order`
        : plural(count, { one: 'Restore # order', other: 'Restore # orders' });
  // Once sent, the dialog keeps the name it was sent under (those orders are no longer restorable).
  const title = phase.step === 'form' ? liveTitle : phase.title;

  // As soon as the answers are in, the orders sent (and those that cannot be sent) leave the
  // selection, so the bar behind the summary no longer offers them; the failed ones stay
  // selected for "Retry failed".
  const results = phase.step === 'summary' ? phase.results : null;
  useEffect(() => {
    if (!results || !onSent) return;
    onSent(results.filter((result) => result.status === 'failed').map((result) => result.orderId));
  }, [results, onSent]);

  const busy = phase.step === 'sending' || form.formState.isSubmitting;
  const { errors } = form.formState;

  return (
    <Dialog
      title={title}
      onClose={onClose}
      busy={busy}
      fallbackFocus={fallbackFocus}
      className="restore-dialog"
    >
      {phase.step === 'summary' ? (
        <RestoreSummary
          results={phase.results}
          notSent={phase.notSent}
          retrying={retrying}
          onRetry={retryFailed}
          onDismiss={onClose}
        />
      ) : candidates === undefined ? (
        loadError ? (
          <div role="alert" className="form__error">
            <p>
              {t`The selected orders could not be loaded:`} {errorMessage(loadError)}
            </p>
            <div className="dialog__actions">
              <Button onClick={onClose}>{t`Cancel`}</Button>
            </div>
          </div>
        ) : (
          <div className="form">
            <p role="status">{t`Checking the selected orders…`}</p>
            <div className="dialog__actions">
              <Button onClick={onClose}>{t`Cancel`}</Button>
            </div>
          </div>
        )
      ) : (
        <form
          onSubmit={(event) => void form.handleSubmit((data) => submit(title, data))(event)}
          noValidate
          className="form"
        >
          {target.kind === 'one' ? (
            <OneOrder order={target.order} candidate={candidates[0]} now={now} />
          ) : (
            <SellerGroups sendable={sendable} total={selectedCount(target.selection)} />
          )}

          {blocked.length > 0 && target.kind === 'many' && <NotRestorable blocked={blocked} />}

          {count > 0 && (
            <>
              {kinds.map((kind, index) => (
                <ReasonField
                  key={kind}
                  id={ids[kind]}
                  label={mixed ? i18n._(REASON_LABELS[kind]) : t`Reason`}
                  kind={kind}
                  error={errors[REASON_FIELDS[kind]]?.message}
                  registration={form.register(REASON_FIELDS[kind])}
                  // The first field takes focus when the form appears.
                  autoFocus={index === 0}
                  onReasonChange={(reason) => applyTemplate(kind, reason)}
                />
              ))}
              <MessageField
                id={ids.message}
                message={message}
                orders={count}
                error={errors.message?.message}
                registration={form.register('message')}
                keptOwnMessage={keptOwnMessage}
                onUseSuggested={takeSuggestedMessage}
              />
            </>
          )}

          {draftSaveFailed && (
            <p className="field__hint">
              {t`This browser cannot save your draft, so copy your message before you reload.`}
            </p>
          )}
          {submitError && (
            <p role="alert" className="form__error">
              {submitError}
            </p>
          )}
          {/* A progress only when the send takes more than one batch. */}
          {phase.step === 'sending' && phase.progress.total > MAX_RESTORE_ITEMS && (
            <RestoreProgress progress={phase.progress} />
          )}
          <div className="dialog__actions">
            <Button
              type="submit"
              variant="primary"
              disabled={count === 0}
              pending={busy}
              pendingLabel={t`Sending…`}
            >
              {t`Submit`}
            </Button>
            <Button onClick={onClose} disabled={busy}>
              {t`Cancel`}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
