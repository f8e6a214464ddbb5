import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import * as z from 'zod/mini';
import type { RefusalCode, Selection } from '../../api/contract';
import { orderQueries } from '../../api/order-queries';
import type { RestoreItem } from '../../api/changes';
import type { NotSentItem, RestoreOutcome } from '../../api/outbox';
import { useRestoreOrders, type RestoreProgress } from '../../api/restore-orders';
import { holdUnload } from '../../api/unload-guard';
import { approvalHint } from '../../domain/approval-hint';
import type { OrderId } from '../../domain/ids';
import { countCodePoints, MESSAGE_MAX, restoreMessageSchema } from '../../domain/message';
import type { Order, Seller } from '../../domain/order';
import type { DeletedFilter } from '../../domain/placement';
import {
  MIXED_TEMPLATE,
  reasonsFor,
  type OrderKind,
  type RestoreReasonId,
} from '../../domain/reasons';
import {
  restoreDeadline,
  whyNotRestorable,
  type NotRestorableReason,
} from '../../domain/restore-rules';
import { selectedCount } from '../../domain/selection';
import { formatCountdown, formatDate, fromIso } from '../../domain/time';
import { Dialog } from '../../ui/dialog';
import { errorMessage } from '../../ui/error-message';
import { announce } from '../../ui/live-region';
import { OrderItems } from '../../ui/order-items';
import type { RestoreTarget } from '../../ui/restore-target';
import { SellerSummary } from '../../ui/seller-summary';
import { useNow } from '../../ui/use-now';
import { clearDraft, loadDraft, saveDraft } from '../../api/restore-draft';
import { RestoreSummary } from './restore-summary';
import { formatCount, plural } from '../../domain/count';
import { OUTCOME_WORDS } from './restore-words';

/** One order the dialog covers, whether loaded or known only from the selection endpoint. */
type Candidate = {
  readonly id: OrderId;
  readonly paid: boolean;
  readonly whyNot: RefusalCode | null;
  /** When restoring stops being possible; checked against the clock while the dialog is open. */
  readonly restoreBy: number | null;
  readonly seller: Seller;
};

const WHY_NOT: Readonly<Record<NotRestorableReason, RefusalCode>> = {
  already_requested: 'ALREADY_REQUESTED',
  window_closed: 'RESTORE_WINDOW_CLOSED',
  refund_completed: 'REFUND_COMPLETED',
  not_cancelled: 'INVALID_TRANSITION',
};

/** Why a candidate cannot be sent now, or null when it can. */
function blockedBy(candidate: Candidate, now: number): RefusalCode | null {
  if (candidate.whyNot) return candidate.whyNot;
  if (candidate.restoreBy !== null && now >= candidate.restoreBy) {
    return candidate.paid ? 'REFUND_COMPLETED' : 'RESTORE_WINDOW_CLOSED';
  }
  return null;
}

function orderCandidate(order: Order, now: number): Candidate {
  const why = whyNotRestorable(order, now);
  return {
    id: order.id,
    paid: order.payment.state === 'paid',
    whyNot: why === null ? null : WHY_NOT[why],
    restoreBy: restoreDeadline(order) ?? null,
    seller: order.seller,
  };
}

function useCandidates(target: RestoreTarget): {
  candidates: Candidate[] | undefined;
  error: Error | null;
  refresh: () => Promise<Candidate[]>;
} {
  const queryClient = useQueryClient();
  const scope = target.kind === 'many' ? target.scope : { filter: 'all', q: '' };
  const selectionQuery = useQuery({
    ...orderQueries.selection({ filter: scope.filter as DeletedFilter, q: scope.q }),
    enabled: target.kind === 'many',
    staleTime: 0,
  });

  const toCandidates = useCallback(
    (data: Selection | undefined): Candidate[] => {
      if (target.kind === 'one') return [orderCandidate(target.order, Date.now())];
      if (!data) return [];
      const sellers = new Map(data.sellers.map((seller) => [seller.id, seller]));
      const selection = target.selection;
      return data.items
        .filter((item) =>
          selection.mode === 'ids' ? selection.ids.has(item.id) : !selection.except.has(item.id),
        )
        .map((item) => ({
          id: item.id,
          paid: item.paid,
          whyNot: item.whyNot,
          restoreBy: item.restoreBy === null ? null : fromIso(item.restoreBy),
          seller: { ...sellers.get(item.sellerId)!, id: item.sellerId } as Seller,
        }));
    },
    [target],
  );

  const candidates = useMemo(
    () =>
      target.kind === 'one' || selectionQuery.data ? toCandidates(selectionQuery.data) : undefined,
    [target.kind, selectionQuery.data, toCandidates],
  );

  const refresh = useCallback(async () => {
    if (target.kind === 'one') {
      // The order may have changed in another tab: ask the server for it as it is now.
      const order = await queryClient.fetchQuery({
        ...orderQueries.detail(target.order.id),
        staleTime: 0,
      });
      return [orderCandidate(order, Date.now())];
    }
    const data = await queryClient.fetchQuery({
      ...orderQueries.selection({
        filter: target.scope.filter as DeletedFilter,
        q: target.scope.q,
      }),
      staleTime: 0,
    });
    return toCandidates(data);
  }, [queryClient, target, toCandidates]);

  return { candidates, error: selectionQuery.error, refresh };
}

type Phase =
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

export default function RestoreDialog({
  target,
  onClose,
  onSent,
  fallbackFocus,
}: {
  target: RestoreTarget;
  onClose: () => void;
  /** Called when the buyer dismisses the summary of a send. */
  onSent?: () => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const now = useNow();
  const { candidates, error: loadError, refresh } = useCandidates(target);
  const restore = useRestoreOrders();
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [draftSaveFailed, setDraftSaveFailed] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const ids = {
    unpaid: useId(),
    paid: useId(),
    message: useId(),
    counter: useId(),
    messageError: useId(),
    unpaidError: useId(),
    paidError: useId(),
  };

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
  const mixed = needUnpaid && needPaid;
  const count = sendable.length;
  const liveTitle =
    count === 1 || (target.kind === 'one' && count === 0)
      ? 'Restore order'
      : `Restore ${formatCount(count)} orders`;
  // Once sent, the dialog keeps the name it was sent under (those orders are no longer restorable).
  const title = phase.step === 'form' ? liveTitle : phase.title;

  const schema = useMemo(() => {
    const reason = (needed: boolean) =>
      needed ? z.string().check(z.minLength(1, 'Choose a reason.')) : z.string();
    return z.object({
      unpaidReason: reason(needUnpaid),
      paidReason: reason(needPaid),
      message: restoreMessageSchema,
    });
  }, [needUnpaid, needPaid]);

  const [initial] = useState(
    () => loadDraft() ?? { message: '', unpaidReason: '', paidReason: '' },
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  const values = useWatch({ control: form.control });
  const message = values.message ?? '';
  const length = countCodePoints(message.trim());
  const lastTemplate = useRef<string | null>(null);
  const [keptOwnMessage, setKeptOwnMessage] = useState<string | null>(null);

  // Everything typed is kept (synchronously, so even an immediate reload keeps it) until sent.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: draft }) => {
        const saved = saveDraft({
          message: draft.message ?? '',
          unpaidReason: draft.unpaidReason ?? '',
          paidReason: draft.paidReason ?? '',
        });
        setDraftSaveFailed(!saved);
      },
    });
  }, [form]);

  const applyTemplate = (kind: OrderKind, reasonId: string) => {
    const template = mixed
      ? MIXED_TEMPLATE
      : reasonsFor(kind).find((reason) => reason.id === reasonId)?.template;
    if (!template) return;
    const current = form.getValues('message');
    if (current.trim() === '' || current === lastTemplate.current) {
      form.setValue('message', template, {
        shouldValidate: form.formState.isSubmitted,
        shouldDirty: true,
      });
      lastTemplate.current = template;
      setKeptOwnMessage(null);
    } else if (current !== template) {
      setKeptOwnMessage(template);
    }
  };

  /**
   * Sends `items` as a new request (new keys) and, when `resumeEntryId` is given, sends again the
   * queued batches of that earlier request with their own keys; the summary merges every answer.
   */
  const send = async (
    items: readonly RestoreItem[],
    text: string,
    notSent: readonly NotSentItem[],
    previous: readonly RestoreOutcome[] = [],
    resumeEntryId: string | null = null,
  ) => {
    const sentTitle = title;
    setPhase({ step: 'sending', progress: { sent: 0, total: items.length }, title: sentTitle });
    try {
      const onProgress = (progress: RestoreProgress) =>
        setPhase({ step: 'sending', progress, title: sentTitle });
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
        title: sentTitle,
        queuedEntryId,
      });
      const count = (status: RestoreOutcome['status']) =>
        merged.filter((result) => result.status === status).length;
      // What was queued is kept in the outbox (and comes back as a draft if not sent after all).
      if (count('failed') === 0) clearDraft();
      announce(
        [
          plural(count('sent'), 'request sent', 'requests sent'),
          count('failed') > 0 ? `${formatCount(count('failed'))} failed` : '',
          count('queued') > 0 ? `${formatCount(count('queued'))} queued` : '',
        ]
          .filter(Boolean)
          .join(', '),
      );
    } catch (error) {
      setSubmitError(`Nothing was sent: ${errorMessage(error)} Your message is kept; try again.`);
      setPhase({ step: 'form' });
    }
  };

  const submitValid = async (data: z.output<typeof schema>) => {
    setSubmitError(null);
    // Until the request is written down in the outbox, leaving the page would lose it.
    const release = holdUnload();
    try {
      await checkAndSend(data);
    } finally {
      release();
    }
  };

  const checkAndSend = async (data: z.output<typeof schema>) => {
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
        target.kind === 'one' && notSent[0]?.code === 'ALREADY_REQUESTED'
          ? 'You have already asked the seller to restore this order (perhaps in another tab), so nothing was sent.'
          : 'None of these orders can be restored any more, so nothing was sent.',
      );
      return;
    }
    if (
      (ready.some((c) => !c.paid) && !data.unpaidReason) ||
      (ready.some((c) => c.paid) && !data.paidReason)
    ) {
      setSubmitError('Choose a reason for every kind of order.');
      return;
    }
    const items: RestoreItem[] = ready.map((candidate) => ({
      orderId: candidate.id,
      reason: (candidate.paid ? data.paidReason : data.unpaidReason) as RestoreReasonId,
    }));
    await send(items, data.message, notSent);
  };

  const retryFailed = () => {
    if (phase.step !== 'summary') return;
    const failed = new Set(
      phase.results.filter((result) => result.status === 'failed').map((result) => result.orderId),
    );
    void send(
      phase.items.filter((item) => failed.has(item.orderId)),
      phase.message,
      phase.notSent,
      phase.results,
      phase.queuedEntryId,
    );
  };

  const dismiss = () => {
    if (phase.step === 'summary' && phase.results.some((result) => result.status !== 'failed')) {
      onSent?.();
    }
    onClose();
  };

  const busy = phase.step === 'sending' || form.formState.isSubmitting;
  const { errors } = form.formState;

  return (
    <Dialog
      title={title}
      onClose={phase.step === 'summary' ? dismiss : onClose}
      busy={busy}
      fallbackFocus={fallbackFocus}
      className="restore-dialog"
    >
      {phase.step === 'summary' ? (
        <RestoreSummary
          results={phase.results}
          notSent={phase.notSent}
          retrying={restore.isPending}
          onRetry={retryFailed}
          onDismiss={dismiss}
        />
      ) : candidates === undefined ? (
        loadError ? (
          <div role="alert" className="form__error">
            <p>The selected orders could not be loaded: {errorMessage(loadError)}</p>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="form">
            <p role="status">Checking the selected orders…</p>
            <div className="dialog__actions">
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
            </div>
          </div>
        )
      ) : (
        <form
          onSubmit={(event) => void form.handleSubmit(submitValid)(event)}
          noValidate
          className="form"
        >
          {target.kind === 'one' ? (
            <OneOrder target={target} candidate={candidates[0]} now={now} />
          ) : (
            <SellerGroups sendable={sendable} total={selectedCount(target.selection)} />
          )}

          {blocked.length > 0 && target.kind === 'many' && <NotRestorable blocked={blocked} />}

          {count > 0 && (
            <>
              {needUnpaid && (
                <ReasonField
                  id={ids.unpaid}
                  errorId={ids.unpaidError}
                  label={mixed ? 'Reason for unpaid orders' : 'Reason'}
                  kind="unpaid"
                  error={errors.unpaidReason?.message}
                  registration={form.register('unpaidReason')}
                  autoFocus
                  onReasonChange={(reason) => applyTemplate('unpaid', reason)}
                />
              )}
              {needPaid && (
                <ReasonField
                  id={ids.paid}
                  errorId={ids.paidError}
                  label={mixed ? 'Reason for paid orders' : 'Reason'}
                  kind="paid"
                  error={errors.paidReason?.message}
                  registration={form.register('paidReason')}
                  autoFocus={!needUnpaid}
                  onReasonChange={(reason) => applyTemplate('paid', reason)}
                />
              )}
              <div className="field">
                <label htmlFor={ids.message}>Message to seller</label>
                <textarea
                  id={ids.message}
                  rows={5}
                  aria-invalid={errors.message ? true : undefined}
                  aria-describedby={[ids.counter, errors.message ? ids.messageError : '']
                    .filter(Boolean)
                    .join(' ')}
                  {...form.register('message')}
                />
                <p
                  id={ids.counter}
                  className={`field__hint ${length > MESSAGE_MAX ? 'field__hint--over' : ''}`}
                >
                  {formatCount(length)} / {MESSAGE_MAX} characters · Explain politely why you want
                  the
                  {count === 1 ? ' order' : ' orders'} back.
                </p>
                {keptOwnMessage && (
                  <p className="field__hint">
                    Your own message was kept.{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        form.setValue('message', keptOwnMessage, { shouldDirty: true });
                        lastTemplate.current = keptOwnMessage;
                        setKeptOwnMessage(null);
                      }}
                    >
                      Use the suggested message instead
                    </button>
                  </p>
                )}
                {errors.message && (
                  <p id={ids.messageError} className="field__error">
                    {errors.message.message}
                  </p>
                )}
              </div>
            </>
          )}

          {draftSaveFailed && (
            <p className="field__hint">
              This browser cannot save your draft, so copy your message before you reload.
            </p>
          )}
          {submitError && (
            <p role="alert" className="form__error">
              {submitError}
            </p>
          )}
          {phase.step === 'sending' && phase.progress.total > 500 && (
            <div className="restore-progress">
              <label htmlFor={`${ids.message}-progress`}>
                Sending requests: {formatCount(phase.progress.sent)} of{' '}
                {formatCount(phase.progress.total)}
              </label>
              <progress
                id={`${ids.message}-progress`}
                max={phase.progress.total}
                value={phase.progress.sent}
              />
            </div>
          )}
          <div className="dialog__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || count === 0}
              aria-busy={busy}
            >
              {busy ? 'Sending…' : 'Submit'}
            </button>
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function ReasonField({
  id,
  errorId,
  label,
  kind,
  error,
  registration,
  onReasonChange,
  autoFocus = false,
}: {
  id: string;
  errorId: string;
  label: string;
  kind: OrderKind;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  onReasonChange: (reason: string) => void;
  /** The first field takes focus when the form appears (also after the selection has loaded). */
  autoFocus?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...registration}
        onChange={(event) => {
          void registration.onChange(event);
          onReasonChange(event.target.value);
        }}
      >
        <option value="">Choose a reason</option>
        {reasonsFor(kind).map((reason) => (
          <option key={reason.id} value={reason.id}>
            {reason.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

function ApprovalHint({ seller }: { seller: Seller }) {
  const hint = approvalHint(seller);
  return <p className={`approval-hint approval-hint--${hint.likelihood}`}>{hint.text}</p>;
}

function OneOrder({
  target,
  candidate,
  now,
}: {
  target: Extract<RestoreTarget, { kind: 'one' }>;
  candidate: Candidate | undefined;
  now: number;
}) {
  const order = target.order;
  const blockedCode = candidate ? blockedBy(candidate, now) : null;
  return (
    <div className="restore-one">
      <p className="restore-one__order">Order {order.id}</p>
      <OrderItems items={order.items} />
      <div className="restore-seller">
        <SellerSummary seller={order.seller} />
        <ApprovalHint seller={order.seller} />
      </div>
      {blockedCode ? (
        <p role="alert" className="form__error">
          {blockedCode === 'RESTORE_WINDOW_CLOSED'
            ? 'The restore window for this order has closed, so it can no longer be restored. You can buy the items again instead.'
            : blockedCode === 'REFUND_COMPLETED'
              ? 'The refund for this order has been completed, so it can no longer be restored.'
              : blockedCode === 'ALREADY_REQUESTED'
                ? 'You have already asked the seller to restore this order.'
                : 'This order can no longer be restored.'}
        </p>
      ) : candidate?.restoreBy !== null && candidate?.restoreBy !== undefined ? (
        <p className="restore-line restore-line--window">
          {candidate.paid
            ? `Refund by ${formatDate(candidate.restoreBy)}: the seller can restore it until then`
            : `Restore within ${formatCountdown(candidate.restoreBy - now)}`}
        </p>
      ) : null}
    </div>
  );
}

function SellerGroups({ sendable, total }: { sendable: readonly Candidate[]; total: number }) {
  const groups = useMemo(() => {
    const bySeller = new Map<string, { seller: Seller; ids: OrderId[] }>();
    for (const candidate of sendable) {
      const group = bySeller.get(candidate.seller.id) ?? { seller: candidate.seller, ids: [] };
      group.ids.push(candidate.id);
      bySeller.set(candidate.seller.id, group);
    }
    return [...bySeller.values()].sort(
      (a, b) => b.ids.length - a.ids.length || a.seller.name.localeCompare(b.seller.name),
    );
  }, [sendable]);
  const shown = groups.slice(0, 6);
  return (
    <div className="restore-groups">
      <p>
        {plural(total, 'order selected', 'orders selected')}
        {sendable.length !== total &&
          `; ${plural(sendable.length, 'can be restored', 'can be restored')}`}
        . Each seller decides on their own orders.
      </p>
      <ul className="restore-groups__list">
        {shown.map(({ seller, ids }) => (
          <li key={seller.id} className="restore-group">
            <SellerSummary seller={seller} />
            <p className="restore-group__orders">
              {plural(ids.length, 'order', 'orders')}
              {ids.length <= 3 && `: ${ids.join(', ')}`}
            </p>
            <ApprovalHint seller={seller} />
          </li>
        ))}
      </ul>
      {groups.length > shown.length && (
        <p className="form__hint">
          and {plural(groups.length - shown.length, 'more seller', 'more sellers')}
        </p>
      )}
    </div>
  );
}

function NotRestorable({
  blocked,
}: {
  blocked: ReadonlyArray<{ orderId: OrderId; code: RefusalCode }>;
}) {
  const groups = new Map<string, OrderId[]>();
  for (const { orderId, code } of blocked) {
    const words = OUTCOME_WORDS[code];
    groups.set(words, [...(groups.get(words) ?? []), orderId]);
  }
  return (
    <div className="restore-blocked" role="note">
      <p className="restore-blocked__title">
        {plural(blocked.length, 'order will not be sent', 'orders will not be sent')}:
      </p>
      <ul>
        {[...groups.entries()].map(([words, orderIds]) => (
          <li key={words}>
            {formatCount(orderIds.length)} {words}
            {orderIds.length <= 3 && ` (${orderIds.join(', ')})`}
          </li>
        ))}
      </ul>
    </div>
  );
}
