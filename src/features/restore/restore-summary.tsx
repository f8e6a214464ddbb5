import { useState } from 'react';
import { Link } from 'wouter';
import type { RestoreFailureCode } from '../../api/changes';
import type { NotSentItem, RestoreOutcome } from '../../api/outbox-entries';
import { formatCount, plural } from '../../domain/count';
import { Button } from '../../ui/button';
import { outcomeWords } from './restore-words';

type Failed = Extract<RestoreOutcome, { status: 'failed' }>;

function groupByCode<T extends { code: RestoreFailureCode }>(
  items: readonly T[],
): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const words = outcomeWords(item.code);
    groups.set(words, [...(groups.get(words) ?? []), item]);
  }
  return [...groups.entries()];
}

/** The summary after sending: it stays until the buyer dismisses it. */
export function RestoreSummary({
  results,
  notSent,
  retrying,
  onRetry,
  onDismiss,
}: {
  results: readonly RestoreOutcome[];
  notSent: readonly NotSentItem[];
  retrying: boolean;
  /** Absent where there is nothing to retry from (a summary of requests sent before a reload). */
  onRetry?: (() => void) | undefined;
  onDismiss: () => void;
}) {
  const [showOrders, setShowOrders] = useState(false);
  const sent = results.filter((result) => result.status === 'sent');
  const failed = results.filter((result): result is Failed => result.status === 'failed');
  const queued = results.filter((result) => result.status === 'queued');
  const single = results.length + notSent.length === 1;

  return (
    <div className="restore-summary">
      <div role="status" className="restore-summary__lines">
        <p className={sent.length > 0 ? 'restore-summary__ok' : undefined}>
          {plural(sent.length, 'request sent', 'requests sent')}
        </p>
        {groupByCode(failed).map(([words, items]) => (
          <p key={`failed-${words}`} className="restore-summary__failed">
            {formatCount(items.length)} failed: {words}
          </p>
        ))}
        {queued.length > 0 && (
          <p className="restore-summary__queued">
            {formatCount(queued.length)} queued: no answer from the server yet
          </p>
        )}
        {groupByCode(notSent).map(([words, items]) => (
          <p key={`not-sent-${words}`} className="restore-summary__not-sent">
            {formatCount(items.length)} not sent: {words}
          </p>
        ))}
      </div>
      {single && failed[0] && <p className="restore-summary__detail">{failed[0].message}</p>}
      {queued.length > 0 && (
        <p className="form__hint">
          {queued.length === 1 ? 'This request is' : 'These requests are'} safely queued in this
          browser and will be sent again automatically, with the same key, until the server answers:
          you can close this page.
        </p>
      )}
      {sent.length > 0 && (
        <p className="form__hint">
          The {sent.length === 1 ? 'seller usually answers' : 'sellers usually answer'} within a few
          hours. You will see the answer here and in Deleted Orders.
        </p>
      )}
      {results.length > 0 && (
        <div className="restore-summary__orders">
          <Button
            variant="link"
            aria-expanded={showOrders}
            onClick={() => setShowOrders((shown) => !shown)}
          >
            {showOrders ? 'Hide the orders' : `Show the orders (${formatCount(results.length)})`}
          </Button>
          {showOrders && (
            <ul className="restore-summary__list">
              {results.map((result) => (
                <li key={result.orderId}>
                  <Link to={`/orders/${result.orderId}`}>Order {result.orderId}</Link>
                  {' — '}
                  {result.status === 'sent'
                    ? 'Restoration requested'
                    : result.status === 'queued'
                      ? 'queued: no answer from the server yet'
                      : `failed: ${outcomeWords(result.code)}`}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog__actions">
        {onRetry && (failed.length > 0 || queued.length > 0) && (
          <Button onClick={onRetry} pending={retrying} pendingLabel="Retrying…">
            Retry failed
          </Button>
        )}
        <Button variant="primary" onClick={onDismiss} disabled={retrying}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
