import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useBuyAgain } from '../../api/buy-again';
import { discardChange } from '../../api/discard-change';
import { QueuedError } from '../../api/outbox';
import { usePendingChange } from '../../api/use-pending-change';
import { ApiError } from '../../api/client';
import { orderQueries } from '../../api/order-queries';
import { useRefetchAtDeadlines } from '../../api/use-refetch-at-deadlines';
import { approvalHint } from '../../domain/approval-hint';
import { isOrderId } from '../../domain/ids';
import { allowedEvents } from '../../domain/machine';
import { formatMoney } from '../../domain/money';
import type { Order } from '../../domain/order';
import { cancellationReason, cancellationText, restoreLine } from '../../domain/placement';
import { STATUS_LABELS } from '../../domain/status';
import { statusPath } from '../../domain/status-path';
import { formatDate, formatDateTime, formatDuration, MINUTE } from '../../domain/time';
import { changeFailedText } from '../../ui/change-words';
import { errorMessage } from '../../ui/error-message';
import { MoneyText } from '../../ui/money-text';
import { pushNotice } from '../../ui/notices';
import { RestoreLineView } from '../../ui/restore-line-view';
import { ConfirmReceiptButton, PayButton } from '../../ui/order-action-buttons';
import { OrderItems } from '../../ui/order-items';
import { PendingChangeLine } from '../../ui/pending-change-line';
import { SellerSummary } from '../../ui/seller-summary';
import { StatusBadge } from '../../ui/status-badge';
import { useNow } from '../../ui/use-now';
import { WithdrawDialog } from '../../ui/withdraw-dialog';
import { ACTOR_WORDS, downloadFile, recordCsv, recordJson } from './record-export';

const CancelOrderDialog = lazy(() => import('../../ui/cancel-order-dialog'));

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
  if (query.isPending) {
    return (
      <section aria-labelledby="order-title">
        <title>{`Order ${id} · Order Restore`}</title>
        <h1 id="order-title">Order {id}</h1>
        <p role="status">Loading the order record…</p>
      </section>
    );
  }
  // A record already shown stays shown when a later refresh fails.
  if (query.isError && query.data === undefined) {
    return (
      <section aria-labelledby="order-title">
        <title>{`Order ${id} · Order Restore`}</title>
        <h1 id="order-title">Order {id}</h1>
        <div role="alert" className="error-state">
          <p>This order could not be loaded. {errorMessage(query.error)}</p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  return <OrderRecord order={query.data} onRestore={onRestore} />;
}

function OrderNotFound({ id }: { id: string }) {
  return (
    <section aria-labelledby="not-found-title">
      <title>Order not found · Order Restore</title>
      <h1 id="not-found-title">Order not found</h1>
      <p>
        There is no order {isOrderId(id) ? id : 'with that number'} in your account. Check the order
        number, or find the order in your lists.
      </p>
      <p className="route-error__actions">
        <Link to="/orders">Back to My Orders</Link>
        <Link to="/orders/deleted">Deleted Orders</Link>
      </p>
    </section>
  );
}

function OrderRecord({ order, onRestore }: { order: Order; onRestore: (order: Order) => void }) {
  const now = useNow();
  const navigate = useNavigate();
  const buyAgain = useBuyAgain();
  const [dialog, setDialog] = useState<'cancel' | 'withdraw' | null>(null);
  useRefetchAtDeadlines([order]);
  const pending = usePendingChange(order.id);
  // While a change to this order is on its way, it offers nothing else.
  const actions = pending ? [] : allowedEvents(order, now);
  const line = restoreLine(order, now);
  const path = statusPath(order);
  const hint = approvalHint(order.seller);
  const focusTitle = useCallback(() => document.getElementById('order-title'), []);
  const fail = (kind: 'buyAgain') => (error: Error) => {
    if (!(error instanceof QueuedError)) {
      pushNotice(changeFailedText(kind, order.id, errorMessage(error)), 'error');
    }
  };

  return (
    <article className="order-record" aria-labelledby="order-title">
      <title>{`Order ${order.id} · Order Restore`}</title>
      <p className="order-record__back no-print">
        <Link
          to={
            order.status === 'cancelled' || order.status === 'restoration_requested'
              ? '/orders/deleted'
              : '/orders'
          }
        >
          ← Back to{' '}
          {order.status === 'cancelled' || order.status === 'restoration_requested'
            ? 'Deleted Orders'
            : 'My Orders'}
        </Link>
      </p>
      <header className="order-record__header">
        <h1 id="order-title" tabIndex={-1}>
          Order {order.id}
        </h1>
        <StatusBadge status={order.status} />
      </header>
      <p className="order-record__meta">
        Placed {formatDateTime(order.placedAt)} · Total <MoneyText value={order.total} />
        {order.payment.state === 'paid' && ` · Paid ${formatDateTime(order.payment.paidAt)}`}
        {order.sourceOrderId && (
          <>
            {' · Bought again from '}
            <Link to={`/orders/${order.sourceOrderId}`}>order {order.sourceOrderId}</Link>
          </>
        )}
      </p>

      <ol className="status-path" aria-label="Order path">
        {path.map((status, index) => (
          <li
            key={`${status}-${index}`}
            aria-current={index === path.length - 1 ? 'step' : undefined}
          >
            {STATUS_LABELS[status]}
          </li>
        ))}
      </ol>

      {order.cancellation &&
        (order.status === 'cancelled' || order.status === 'restoration_requested') && (
          <p className="order-card__cause">
            <strong>{cancellationText(order.cancellation)}</strong>
            {cancellationReason(order.cancellation) &&
              ` · ${cancellationReason(order.cancellation)}`}
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
          <button type="button" className="button button--primary" onClick={() => onRestore(order)}>
            Restore
          </button>
        )}
        {actions.includes('withdrawRequest') && (
          <button type="button" className="button" onClick={() => setDialog('withdraw')}>
            Withdraw request
          </button>
        )}
        {actions.includes('buyAgain') && (
          <button
            type="button"
            className="button"
            disabled={buyAgain.isPending}
            onClick={() =>
              buyAgain.mutate(
                { order },
                {
                  onSuccess: (created) => void navigate(`/orders/${created.id}`),
                  onError: fail('buyAgain'),
                },
              )
            }
          >
            Buy again
          </button>
        )}
        {actions.includes('cancel') && (
          <button type="button" className="button" onClick={() => setDialog('cancel')}>
            Cancel order
          </button>
        )}
      </div>

      <section aria-labelledby="items-title" className="order-record__section">
        <h2 id="items-title">Items</h2>
        <OrderItems items={order.items} />
      </section>

      <section aria-labelledby="seller-title" className="order-record__section">
        <h2 id="seller-title">Seller</h2>
        <SellerSummary seller={order.seller} />
        <p className="form__hint">
          Usually answers within {formatDuration(order.seller.typicalResponseMinutes * MINUTE)} ·{' '}
          {hint.text}
        </p>
      </section>

      <section aria-labelledby="timeline-title" className="order-record__section">
        <div className="order-record__timeline-head">
          <h2 id="timeline-title">Timeline</h2>
          <div className="order-record__exports no-print">
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                downloadFile(
                  `order-${order.id}-record.csv`,
                  'text/csv;charset=utf-8',
                  recordCsv(order),
                )
              }
            >
              Download CSV
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() =>
                downloadFile(
                  `order-${order.id}-record.json`,
                  'application/json',
                  recordJson(order, Date.now()),
                )
              }
            >
              Download JSON
            </button>
            <button type="button" className="button button--small" onClick={() => window.print()}>
              Print
            </button>
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
        <WithdrawDialog order={order} onClose={() => setDialog(null)} fallbackFocus={focusTitle} />
      )}
    </article>
  );
}

function DeadlineSummary({ order }: { order: Order }) {
  const lines: string[] = [];
  if (order.status === 'unpaid' && order.payBy !== null)
    lines.push(`Pay by ${formatDateTime(order.payBy)}`);
  if (order.status === 'paid' && order.shipBy !== null)
    lines.push(`The seller ships by ${formatDate(order.shipBy)}`);
  if (order.status === 'shipped' && order.completesAt !== null)
    lines.push(`Completes automatically on ${formatDate(order.completesAt)}`);
  if (order.status === 'refunding' && order.refundBy !== null)
    lines.push(`Refund of ${formatMoney(order.total)} by ${formatDate(order.refundBy)}`);
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
            <span className="timeline__actor">{ACTOR_WORDS[event.actor]}</span>
          </p>
          <p className="timeline__text">
            {event.text}
            {event.amount && (
              <span className="timeline__amount"> · {formatMoney(event.amount)}</span>
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
