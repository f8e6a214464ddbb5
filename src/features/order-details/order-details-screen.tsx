import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { discardChange } from '../../api/discard-change';
import { usePendingChange } from '../../api/use-pending-change';
import { ApiError } from '../../api/client';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import { approvalHint } from '../../domain/approval-hint';
import { isOrderId } from '../../domain/ids';
import { allowedEvents } from '../../domain/buyer-actions';
import type { Order } from '../../domain/order';
import { cancellationReason, restoreLine, viewOf } from '../../domain/placement';
import { statusPath } from '../../domain/status-path';
import { MINUTE } from '../../domain/time';
import { withMessages } from '../../i18n/activate';
import { formatDateTime, formatDuration, formatMoney } from '../../i18n/format';
import { approvalHintText } from '../../i18n/words/approval-words';
import { cancellationText } from '../../i18n/words/order-words';
import { statusLabel } from '../../i18n/words/status-words';
import { actorWords, timelineText } from '../../i18n/words/timeline-words';
import { BuyAgainButton, useBuyAgainAction } from '../../order-actions/buy-again-button';
import { errorMessage } from '../../order-actions/error-message';
import { pushNotice } from '../../ui/notices';
import { Button } from '../../ui/button';
import {
  completesText,
  payByText,
  placedText,
  refundText,
  shipByText,
} from '../../ui/order-line-words';
import { MoneyText } from '../../ui/money-text';
import { RestoreLineView } from '../../ui/restore-line-view';
import { ConfirmReceiptButton, PayButton } from '../../order-actions/order-action-buttons';
import { OrderItems } from '../../ui/order-items';
import { PendingChangeLine } from '../../order-actions/pending-change-line';
import { SellerSummary } from '../../ui/seller-summary';
import { StatusBadge } from '../../ui/status-badge';
import { useNow } from '../../ui/use-now';
import type * as RecordExport from './record-export';

const CancelOrderDialog = lazy(
  withMessages('later', () => import('../../order-actions/cancel-order-dialog')),
);
const WithdrawDialog = lazy(
  withMessages('later', () => import('../../order-actions/withdraw-dialog')),
);

/** The exports' code loads when the buyer first asks for one: most visits never do. */
function exportRecord(write: (exports: typeof RecordExport) => void): void {
  import('./record-export').then(write, (error: unknown) =>
    pushNotice(errorMessage(error), 'error'),
  );
}

export function OrderDetailsScreen({
  id,
  onRestore,
}: {
  id: string;
  onRestore: (order: Order) => void;
}) {
  const valid = isOrderId(id);
  const query = useQuery({ ...orderQueries.detail(id), enabled: valid });

  if (!valid || (query.error instanceof ApiError && query.error.status === 404))
    return <OrderNotFound id={id} />;
  const orderNumber = id;
  if (query.isPending) {
    return (
      <section aria-labelledby="order-title">
        <title>{t`Order ${orderNumber} · Order Restore`}</title>
        <h1 id="order-title">{t`Order ${orderNumber}`}</h1>
        <p role="status">{t`Loading the order record…`}</p>
      </section>
    );
  }
  // A record already shown stays shown when a later refresh fails.
  if (query.isError && query.data === undefined) {
    return (
      <section aria-labelledby="order-title">
        <title>{t`Order ${orderNumber} · Order Restore`}</title>
        <h1 id="order-title">{t`Order ${orderNumber}`}</h1>
        <div role="alert" className="error-state">
          <p>
            {t`This order could not be loaded.`} {errorMessage(query.error)}
          </p>
          <Button onClick={() => void query.refetch()}>{t`Try again`}</Button>
        </div>
      </section>
    );
  }
  return <OrderRecord order={query.data} readAt={query.dataUpdatedAt} onRestore={onRestore} />;
}

function OrderNotFound({ id }: { id: string }) {
  const orderNumber = id;
  return (
    <section aria-labelledby="not-found-title">
      <title>{t`Order not found · Order Restore`}</title>
      <h1 id="not-found-title">{t`Order not found`}</h1>
      <p>
        {isOrderId(orderNumber)
          ? t`There is no order ${orderNumber} in your account. Check the order number, or find the order in your lists.`
          : t`There is no order with that number in your account. Check the order number, or find the order in your lists.`}
      </p>
      <p className="route-error__actions">
        <Link to="/orders">{t`Back to My Orders`}</Link>
        <Link to="/orders/deleted">{t`Deleted Orders`}</Link>
      </p>
    </section>
  );
}

function OrderRecord({
  order,
  readAt,
  onRestore,
}: {
  order: Order;
  /** When the order was read (the query's `dataUpdatedAt`). */
  readAt: number;
  onRestore: (order: Order) => void;
}) {
  const now = useNow();
  const buyAgain = useBuyAgainAction();
  const [dialog, setDialog] = useState<'cancel' | 'withdraw' | null>(null);
  const shown = useMemo(() => [order], [order]);
  useRefetchAtDeadlines(shown, readAt);
  const pending = usePendingChange(order.id);
  // While a change to this order is on its way, it offers nothing else.
  const actions = pending ? [] : allowedEvents(order, now);
  const line = restoreLine(order, now);
  const path = statusPath(order);
  const hint = approvalHint(order.seller);
  const focusTitle = useCallback(() => document.getElementById('order-title'), []);
  const orderNumber = order.id;
  const deleted = viewOf(order) === 'deleted';
  const paidDate = order.payment.state === 'paid' ? formatDateTime(order.payment.paidAt) : null;
  const sourceNumber = order.sourceOrderId;
  const usualWait = formatDuration(order.seller.typicalResponseMinutes * MINUTE);

  return (
    <article className="order-record" aria-labelledby="order-title">
      <title>{t`Order ${orderNumber} · Order Restore`}</title>
      <p className="order-record__back no-print">
        <Link to={deleted ? '/orders/deleted' : '/orders'}>
          {deleted
            ? t({
                message: '← Back to Deleted Orders',
                comment: 'The arrow points back: in a right-to-left language it points right',
              })
            : t({
                message: '← Back to My Orders',
                comment: 'The arrow points back: in a right-to-left language it points right',
              })}
        </Link>
      </p>
      <header className="order-record__header">
        <h1 id="order-title" tabIndex={-1}>
          {t`Order ${orderNumber}`}
        </h1>
        <StatusBadge status={order.status} />
      </header>
      <p className="order-record__meta">
        {placedText(order.placedAt)} ·{' '}
        <Trans>
          Total <MoneyText value={order.total} />
        </Trans>
        {paidDate !== null && <> · {t`Paid ${paidDate}`}</>}
        {sourceNumber && (
          <>
            {' · '}
            <Trans>
              Bought again from <Link to={`/orders/${sourceNumber}`}>order {sourceNumber}</Link>
            </Trans>
          </>
        )}
      </p>

      <ol className="status-path" aria-label={t`Order path`}>
        {path.map((status, index) => (
          <li
            key={`${status}-${index}`}
            aria-current={index === path.length - 1 ? 'step' : undefined}
          >
            {statusLabel(status)}
          </li>
        ))}
      </ol>

      {order.cancellation && viewOf(order) === 'deleted' && (
        <p className="order-card__cause">
          <strong>{cancellationText(order.cancellation)}</strong>
          {cancellationReason(order.cancellation) && (
            <>
              {' · '}
              <bdi>{cancellationReason(order.cancellation)}</bdi>
            </>
          )}
        </p>
      )}
      {pending ? (
        <PendingChangeLine pending={pending} onDiscard={() => discardChange(pending.entryId)} />
      ) : (
        line && <RestoreLineView line={line} now={now} />
      )}
      <DeadlineSummary order={order} />

      <div className="order-card__actions no-print">
        {actions.includes('pay') && <PayButton order={order} />}
        {actions.includes('confirmReceipt') && <ConfirmReceiptButton order={order} />}
        {actions.includes('requestRestore') && (
          <Button variant="primary" onClick={() => onRestore(order)}>
            {t`Restore`}
          </Button>
        )}
        {actions.includes('withdrawRequest') && (
          <Button onClick={() => setDialog('withdraw')}>{t`Withdraw request`}</Button>
        )}
        {actions.includes('buyAgain') && <BuyAgainButton order={order} action={buyAgain} />}
        {actions.includes('cancel') && (
          <Button onClick={() => setDialog('cancel')}>{t`Cancel order`}</Button>
        )}
      </div>

      <section aria-labelledby="items-title" className="order-record__section">
        <h2 id="items-title">{t`Items`}</h2>
        <OrderItems items={order.items} />
      </section>

      <section aria-labelledby="seller-title" className="order-record__section">
        <h2 id="seller-title">{t`Seller`}</h2>
        <SellerSummary seller={order.seller} />
        <p className="form__hint">
          {t`Usually answers within ${usualWait}`} · {approvalHintText(hint.band)}
        </p>
      </section>

      <section aria-labelledby="timeline-title" className="order-record__section">
        <div className="order-record__timeline-head">
          <h2 id="timeline-title">{t`Timeline`}</h2>
          <div className="order-record__exports no-print">
            <Button
              size="small"
              onClick={() =>
                exportRecord(({ downloadFile, recordCsv }) =>
                  downloadFile(
                    `order-${order.id}-record.csv`,
                    'text/csv;charset=utf-8',
                    recordCsv(order),
                  ),
                )
              }
            >
              {t`Download CSV`}
            </Button>
            <Button
              size="small"
              onClick={() =>
                exportRecord(({ downloadFile, recordJson }) =>
                  downloadFile(
                    `order-${order.id}-record.json`,
                    'application/json',
                    recordJson(order, Date.now()),
                  ),
                )
              }
            >
              {t`Download JSON`}
            </Button>
            <Button size="small" onClick={() => window.print()}>
              {t`Print`}
            </Button>
          </div>
        </div>
        <Timeline order={order} />
      </section>

      {dialog === 'cancel' && (
        <Suspense fallback={null}>
          <CancelOrderDialog
            order={order}
            onClose={() => setDialog(null)}
            fallbackFocus={focusTitle}
          />
        </Suspense>
      )}
      {dialog === 'withdraw' && (
        <Suspense fallback={null}>
          <WithdrawDialog
            order={order}
            onClose={() => setDialog(null)}
            fallbackFocus={focusTitle}
          />
        </Suspense>
      )}
    </article>
  );
}

function DeadlineSummary({ order }: { order: Order }) {
  const lines: string[] = [];
  if (order.status === 'unpaid' && order.payBy !== null) lines.push(payByText(order.payBy));
  if (order.status === 'paid' && order.shipBy !== null) lines.push(shipByText(order.shipBy));
  if (order.status === 'shipped' && order.completesAt !== null)
    lines.push(completesText(order.completesAt));
  if (order.status === 'refunding' && order.refundBy !== null)
    lines.push(refundText(order.total, order.refundBy));
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((text) => (
        <p key={text} className="order-card__deadline">
          {text}
        </p>
      ))}
    </>
  );
}

export function Timeline({ order }: { order: Order }) {
  return (
    <ol className="timeline">
      {order.timeline.map((event, index) => (
        <li key={index} className={`timeline__event timeline__event--${event.actor}`}>
          <p className="timeline__meta">
            <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at)}</time>
            {' · '}
            <span className="timeline__actor">{actorWords(event.actor)}</span>
          </p>
          <p className="timeline__text">
            {timelineText(event, order)}
            {event.amount && (
              <span className="timeline__amount">
                {' · '}
                <bdi>{formatMoney(event.amount)}</bdi>
              </span>
            )}
          </p>
          {event.message !== null && event.message !== '' && (
            <blockquote className="timeline__message">{event.message}</blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}
