import type { Order } from '../../domain/order';
import { REFUSAL_WORDS } from '../../domain/refusal-words';
import { formatCountdown, formatDate } from '../../domain/time';
import { OrderItems } from '../../ui/order-items';
import { SellerSummary } from '../../ui/seller-summary';
import { ApprovalHint } from './approval-hint';
import { blockedBy, type Candidate } from './use-restore-candidates';

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
          {REFUSAL_WORDS[blockedCode].sentence}
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
