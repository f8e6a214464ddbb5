import { t } from '@lingui/core/macro';
import type { Order } from '../../domain/order';
import { refusalSentence } from '../../i18n/words/refusal-words';
import { formatCountdown, formatDate } from '../../i18n/format';
import { OrderItems } from '../../ui/order-items';
import { SellerSummary } from '../../ui/seller-summary';
import { ApprovalHint } from './approval-hint';
import { blockedBy, type Candidate } from './use-restore-candidates';

function refundByText(refundBy: number): string {
  const refundDate = formatDate(refundBy);
  return t`Refund by ${refundDate}: the seller can restore it until then`;
}

function restoreWithinText(remainingMs: number): string {
  const countdown = formatCountdown(remainingMs);
  return t`Restore within ${countdown}`;
}

/** The one order the dialog was opened for: what it is, and until when it can be restored. */
export function OneOrder({
  order,
  candidate,
  now,
}: {
  order: Order;
  candidate: Candidate | undefined;
  now: number;
}) {
  const blockedCode = candidate ? blockedBy(candidate, now) : null;
  const orderNumber = order.id;
  return (
    <div className="restore-one">
      <p className="restore-one__order">{t`Order ${orderNumber}`}</p>
      <OrderItems items={order.items} />
      <div className="restore-seller">
        <SellerSummary seller={order.seller} />
        <ApprovalHint seller={order.seller} />
      </div>
      {blockedCode ? (
        <p role="alert" className="form__error">
          {refusalSentence(blockedCode)}
        </p>
      ) : candidate?.restoreBy !== null && candidate?.restoreBy !== undefined ? (
        <p className="restore-line restore-line--window">
          {candidate.paid
            ? refundByText(candidate.restoreBy)
            : restoreWithinText(candidate.restoreBy - now)}
        </p>
      ) : null}
    </div>
  );
}
