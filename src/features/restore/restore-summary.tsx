import { plural, t } from '@lingui/core/macro';
import { useState } from 'react';
import { Link } from 'wouter';
import type { RestoreFailureCode } from '../../api/changes';
import type { NotSentItem, RestoreOutcome } from '../../api/outbox-entries';
import { Button } from '../../ui/button';
import { problemSentence } from '../../i18n/words/problem-words';
import { outcomeWords } from './restore-words';

/** Why the one order was not restored, in a sentence (from its code, not the server's English). */
function failureSentence(code: RestoreFailureCode): string {
  return code === 'NETWORK'
    ? t`No answer came back from the server. Retry to send it again.`
    : problemSentence(code);
}

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

/** What became of one order, after its number in the list of orders sent. */
function outcomeLine(result: RestoreOutcome): string {
  switch (result.status) {
    case 'sent':
      return t({ message: 'Restoration requested', context: 'restore summary, one order' });
    case 'queued':
      return t`queued: no answer from the server yet`;
    case 'failed': {
      const words = outcomeWords(result.code);
      return t`failed: ${words}`;
    }
  }
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
          {plural(sent.length, { one: '# request sent', other: '# requests sent' })}
        </p>
        {groupByCode(failed).map(([words, items]) => (
          <p key={`failed-${words}`} className="restore-summary__failed">
            {plural(items.length, { one: `# failed: ${words}`, other: `# failed: ${words}` })}
          </p>
        ))}
        {queued.length > 0 && (
          <p className="restore-summary__queued">
            {plural(queued.length, {
              one: '# queued: no answer from the server yet',
              other: '# queued: no answer from the server yet',
            })}
          </p>
        )}
        {groupByCode(notSent).map(([words, items]) => (
          <p key={`not-sent-${words}`} className="restore-summary__not-sent">
            {plural(items.length, { one: `# not sent: ${words}`, other: `# not sent: ${words}` })}
          </p>
        ))}
      </div>
      {single && failed[0] && (
        <p className="restore-summary__detail">{failureSentence(failed[0].code)}</p>
      )}
      {queued.length > 0 && (
        <p className="form__hint">
          {plural(queued.length, {
            one: 'This request is safely queued in this browser and will be sent again automatically, with the same key, until the server answers: you can close this page.',
            other:
              'These requests are safely queued in this browser and will be sent again automatically, with the same key, until the server answers: you can close this page.',
          })}
        </p>
      )}
      {sent.length > 0 && (
        <p className="form__hint">
          {plural(sent.length, {
            one: 'The seller usually answers within a few hours. You will see the answer here and in Deleted Orders.',
            other:
              'The sellers usually answer within a few hours. You will see the answer here and in Deleted Orders.',
          })}
        </p>
      )}
      {results.length > 0 && (
        <div className="restore-summary__orders">
          <Button
            variant="link"
            aria-expanded={showOrders}
            onClick={() => setShowOrders((shown) => !shown)}
          >
            {showOrders
              ? t`Hide the orders`
              : plural(results.length, {
                  one: 'Show the orders (#)',
                  other: 'Show the orders (#)',
                })}
          </Button>
          {showOrders && (
            <ul className="restore-summary__list">
              {results.map((result) => {
                const orderNumber = result.orderId;
                return (
                  <li key={result.orderId}>
                    <Link to={`/orders/${result.orderId}`}>{t`Order ${orderNumber}`}</Link>
                    {' — '}
                    {outcomeLine(result)}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      <div className="dialog__actions">
        {onRetry && (failed.length > 0 || queued.length > 0) && (
          <Button onClick={onRetry} pending={retrying} pendingLabel={t`Retrying…`}>
            {t`Retry failed`}
          </Button>
        )}
        <Button variant="primary" onClick={onDismiss} disabled={retrying}>
          {t`Dismiss`}
        </Button>
      </div>
    </div>
  );
}
